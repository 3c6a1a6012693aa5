// The closing line of every email to a customer (src/adapters/email/composeMail.ts): buttons cannot be
// pressed in a mail, so it says how to answer and how to reach a person.
export const en = {
  'mail.footer.case': 'To answer, reply to this email and keep [{ref}] in the subject. To talk to a person, just say so in your reply.',
  'mail.footer': 'To talk to a person, just say so in your reply.',
  'mail.subject.claim': 'Your return claim [{ref}]',
  'mail.subject.message': 'Your message to the returns desk',
} as const satisfies Record<string, string>;

export type MailKey = keyof typeof en;
