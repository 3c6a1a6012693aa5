// English refusals of a customer's message that is not taken (src/chat/inputLimits.ts and the case
// service): said in the language of the customer's case, or of their words when they have none yet.
export const en = {
  'refusal.text_too_long':
    'Your message is {length, number} characters long; the limit is {limit, number}. Please send long logs as a .txt or .log file instead.',
  'refusal.too_many_files': 'That is {count, number} files in one message; please send at most {limit, number} at a time.',
  'refusal.file_type':
    'I can\'t keep "{name}" ({type}). Please send photos (JPEG, PNG, HEIC), videos (MP4, MOV), logs and captures (TXT, LOG, PCAP), PDFs, or a ZIP of them.',
  'refusal.unknown_type': 'unknown type',
  'refusal.file_empty': '"{name}" is empty; please send it again.',
  'refusal.file_too_large':
    '"{name}" is {size}; the limit for {kind, select, image {images} video {videos} other {files of this type}} is {limit}. Please send a smaller or shorter one.',
  'refusal.empty': 'The message was empty.',
  'refusal.not_your_case':
    "{ref} is not your case, so I haven't added your message to it. If you write for the customer who opened it, ask them to have our staff add you to the case.",
  'refusal.other_customers_thread':
    "This thread belongs to another customer's claim ({ref}). To open a claim of your own, write a new message in the channel.",
  'refusal.still_open':
    '{ref} is still open here. To start another claim, write a new message in the support channel, or say "cancel" to close this one first.',
  'refusal.claims_per_day':
    'You have opened {count, plural, one {# claim} other {# claims}} in the last 24 hours, the most the desk opens in a day. Please reply in one of your case threads, or email {email}, and a person will help.',
} as const satisfies Record<string, string>;

export type RefusalKey = keyof typeof en;
