// What a customer's message asks for, beyond the step the case waits for: a human, to cancel, a new
// claim, or an answer to a question about the policy or the case (issue 13). Precision over recall: a
// fault description, a pasted log or a long text is not an intent, and a message read wrongly here
// would derail a case, while one missed only gets the step's usual answer. Linear in the text: words
// are compared as plain lower-case strings, and no pattern has nested or adjacent quantifiers. German,
// Spanish, French and Chinese are read too (foreignIntents.ts), all at once: a customer may mix them.
import type { QuestionTopic } from '../case/types.ts';
import {
  ASKED_NOUNS_FOREIGN,
  asksForNewClaimForeign,
  asksToCancelForeign,
  COURTESY_FOREIGN,
  foreignTopicOf,
  hanAsksForHuman,
  hanAsksForNewClaim,
  hanAsksToCancel,
  hanTopicOf,
  HUMAN_ALONE_FOREIGN,
  HUMAN_FILLERS_FOREIGN,
  HUMAN_PHRASES_FOREIGN,
  isForeignNegation,
  QUESTION_OPENERS_FOREIGN,
  QUESTION_WORDS_FOREIGN,
  THANKS_FOREIGN,
} from './foreignIntents.ts';
import { hanText, hasHan } from './hanPhrases.ts';
import { parseWindow } from './parse.ts';
import { phraseSet, plainClauses, plainWords, wordSet } from './plainWords.ts';

export type { QuestionTopic };

export type Intent = { kind: 'human' } | { kind: 'cancel' } | { kind: 'new_claim' } | { kind: 'question'; topic: QuestionTopic };

/** Over this, a text is a description or a log: only a request for a human at its start counts. */
const LONG_TEXT = 300;
/** Cancel, new claim and questions are short messages. */
const SHORT_TEXT = 200;

// A Cisco-style log message, a time stamp, a device prompt running a command, or many lines.
function looksLikeLog(text: string): boolean {
  return (
    /%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+/.test(text) ||
    /\b\d{1,2}:\d{2}:\d{2}\b/.test(text) ||
    /[\w)]#\s?(?:show|sh|display|dis)\b/i.test(text) ||
    text.split('\n').length > 4
  );
}

function firstMatch(text: string, patterns: readonly RegExp[]): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/** Words before the first match of `pattern` in a clause hold no negation ("don't", "not", "why"...). */
const NEGATIONS = wordSet(
  "don't dont not no never didn't didnt won't wont doesn't doesnt can't cant cannot isn't isnt shouldn't why how if unless was were been did",
);

function saysUnnegated(
  clauses: string[],
  patterns: RegExp | readonly RegExp[],
  isNegation: (w: string) => boolean = (w) => NEGATIONS.has(w),
): boolean {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return clauses.some((clause) => {
    const match = firstMatch(clause, list);
    return match !== null && !clause.slice(0, match.index).split(' ').some(isNegation);
  });
}

// ---------------------------------------------------------------------------------------------
// A human

// A message that is only a request for someone: "agent", "a human please", "I need help".
const HUMAN_ALONE = phraseSet(
  'human, humans, agent, person, operator, representative, rep, staff, someone, somebody, anyone, anybody, real person, real human, actual person, live agent, human agent, support agent, support staff, support person, support team, customer service, customer support, human being, manager, supervisor, help, support, tech support, technician, live chat, live support, human support, human help, people, real people, staff member, team member, help help, sos',
);
const HUMAN_FILLERS = wordSet(
  "hi hello hey ok okay please pls plz thanks thank you just actually um uh now asap a an the some your one of me i need want wanna i'd would like can could may get have to talk speak chat with let connect put through transfer is are there here available yes so urgent urgently immediately right away quick quickly real really sir madam again",
);
const HUMAN_PHRASES = [
  /\b(?:talk|speak|chat|talking|speaking) (?:to|with) (?:a |an |the |some |your |one of your |someone from |somebody from )?(?:real |actual |live )?(?:human|humans|person|people|someone|somebody|anyone|anybody|agent|representative|rep|operator|staff|support|team|manager|supervisor|technician|engineer|human being|customer service|you guys)\b/,
  /\b(?:real|actual|live) (?:person|human|humans|agent|people|support)\b/,
  /\bhuman (?:agent|being|please|support|help|operator)\b/,
  /\bis (?:there|this) (?:a |an |any |some )?(?:human|person|real person|someone|somebody|anyone|anybody|people|agent|bot|robot|machine)\b/,
  /\b(?:can|could|would|will|please|pls|plz) (?:someone|somebody|anyone|a person|a human|you|an agent|your team|support|one of you) (?:please )?(?:call|phone|ring|contact) me\b/,
  /\b(?:please )?(?:call|phone|ring) me (?:back|please|asap|now|today)\b/,
  /\bplease (?:call|phone|ring) me\b/,
  /\bgive me a (?:call|ring)\b/,
  /\b(?:connect|transfer|put) me (?:to|with|through)\b/,
  /\bescalate (?:this|it|my|the|to)\b/,
  /\b(?:i|we|i'd|we'd) (?:want|need|like|would like|demand) (?:a |an |to see a |to get a )?(?:human|person|agent|representative|operator|real person|manager|supervisor)\b/,
];

// A serial or an order number typed with the request, and the words that name it, leave it a request
// alone: "FNS17320ABC please get me a human", "S/N: FNS17320ABC, a person please".
const DATUM_WORDS = wordSet("s n sn serial order is it's its");
const isDatum = (w: string) => DATUM_WORDS.has(w) || /\d/.test(w);

// "Can't I talk to a human?" and "why can't I..." still ask for one; "I don't want to talk to anyone" does not.
const HUMAN_NEGATIONS = new Set(["don't", 'dont', 'not', 'never', 'no', "didn't", 'didnt']);

/** Chinese is read as substrings of a message this short (in characters, once spaces and punctuation go). */
const HAN_SHORT = 40;

/** The Chinese of a short message, or '' (hanPhrases.ts). */
function shortHan(text: string): string {
  if (!hasHan(text)) return '';
  const han = hanText(text);
  return han.length <= HAN_SHORT ? han : '';
}

function asksForHuman(text: string): boolean {
  const words = plainWords(text)
    .split(' ')
    .filter((w) => !HUMAN_FILLERS.has(w) && !HUMAN_FILLERS_FOREIGN.has(w) && !isDatum(w));
  const alone = words.join(' ');
  if (HUMAN_ALONE.has(alone) || HUMAN_ALONE_FOREIGN.has(alone)) return true;
  const clauses = plainClauses(text);
  if (saysUnnegated(clauses, HUMAN_PHRASES, (w) => HUMAN_NEGATIONS.has(w))) return true;
  if (saysUnnegated(clauses, HUMAN_PHRASES_FOREIGN, (w) => HUMAN_NEGATIONS.has(w) || isForeignNegation(w))) return true;
  const han = shortHan(text);
  return han !== '' && hanAsksForHuman(han);
}

/** The first sentence of a long text, for "Can I talk to a human? <the whole log>". */
function opening(text: string): string {
  const end = text.slice(0, 160).search(/[.!?\n]/);
  return end < 0 ? text.slice(0, 160) : text.slice(0, end + 1);
}

// ---------------------------------------------------------------------------------------------
// Cancel

const CANCEL_OPENERS = new Set(['actually', 'ok', 'okay', 'oh', 'so', 'sorry', 'hmm', 'um', 'uh', 'well', 'hi', 'hello', 'hey', 'ah']);
// The word right before "cancel" in a request: "please cancel", "ok cancel it", "and cancel".
const BEFORE_CANCEL = wordSet(
  'please pls plz just ok okay so then and yes yeah actually now kindly simply hey hi hello sorry oh ah wanna gonna',
);
const WANT_TO = new Set(['want', 'need', 'like', 'wish', 'wanted', 'going', 'have', 'would', 'decided', 'prefer']);
// What may follow "cancel" in a request; "cancel the order" or "cancel the shipment" is something else.
const AFTER_CANCEL = wordSet(
  'it this that my the our claim claims case request rma return ticket everything all please pls plz now then thanks thank you me whole thing one process asap right away immediately too instead application warranty',
);
const CANCEL_TAIL_STOP = new Set(['for', 'on', 'about', 'regarding', 'as', 'because', 'since']);

function withoutOpeners(words: string[]): string[] {
  let i = 0;
  for (;;) {
    if (CANCEL_OPENERS.has(words[i] ?? '')) i += 1;
    else if (words[i] === 'never' && words[i + 1] === 'mind') i += 2;
    else if (words[i] === 'nevermind' || words[i] === 'nvm') i += 1;
    else if (words[i] === 'forget' && words[i + 1] === 'it') i += 2;
    else return words.slice(i);
  }
}

function cancelClause(clause: string): boolean {
  const words = withoutOpeners(clause.split(' '));
  const i = words.findIndex(
    (w, k) => w === 'cancel' || ((w === 'cancelling' || w === 'canceling') && ["i'm", 'im', 'am', "we're"].includes(words[k - 1] ?? '')),
  );
  if (i < 0 || words.slice(0, i).some((w) => NEGATIONS.has(w))) return false;
  const prev = words[i - 1];
  const requested =
    prev === undefined ||
    BEFORE_CANCEL.has(prev) ||
    ['cancelling', 'canceling'].includes(words[i]!) ||
    (prev === 'to' && WANT_TO.has(words[i - 2] ?? '')) ||
    (prev === 'you' && ['can', 'could', 'would', 'will', 'please', 'pls'].includes(words[i - 2] ?? '')) ||
    (prev === 'i' && ['can', 'could', 'may'].includes(words[i - 2] ?? ''));
  if (!requested) return false;
  for (const w of words.slice(i + 1)) {
    if (CANCEL_TAIL_STOP.has(w)) break;
    if (!AFTER_CANCEL.has(w)) return false;
  }
  return true;
}

const NEVER_MIND =
  /^(?:(?:actually|oh|ok|okay|sorry|so|um|uh|ah|hmm|well|please) )*(?:never ?mind|nvm|forget (?:it|about it|that)|scratch that)(?: (?:then|thanks|thank you|please|sorry|actually))*$/;
const WITHDRAW = /\bwithdraw(?:ing)? (?:my |the |this |our )?(?:claim|case|request|rma|return)\b/;
const NO_LONGER_NEEDED = [
  /\b(?:don't|dont|do not) need (?:this|it|that|the (?:claim|case|rma|return|replacement|refund)|my (?:claim|case|rma|return)|a (?:replacement|refund|return|rma)|help|support) (?:anymore|any more|after all)\b/,
  /\b(?:i|we) no longer need (?:this|it|that|the (?:claim|case|rma|return|replacement)|my (?:claim|case|rma|return)|a (?:replacement|refund|return|rma)|help|support)\b/,
];

function asksToCancel(plain: string, clauses: string[]): boolean {
  // "cancel it if the replacement does not come": a condition, not a request.
  if (/\b(?:if|unless|otherwise|else)\b/.test(plain)) return false;
  if (NEVER_MIND.test(plain)) return true;
  if (clauses.some(cancelClause)) return true;
  if (saysUnnegated(clauses, WITHDRAW)) return true;
  return NO_LONGER_NEEDED.some((p) => p.test(plain)) || asksToCancelForeign(plain, clauses);
}

// ---------------------------------------------------------------------------------------------
// A new claim

const NEW_CLAIM_ALONE = /\b(?:new|another|second|separate) (?:claim|case|rma|return|ticket)\b/;
const NEW_CLAIM_VERB =
  /\b(?:open|start|file|create|make|raise|submit|begin|log|need|want|have|do|add|register) (?:a |an |one )?(?:new|another|second|separate|additional|further|more) (?:claim|case|rma|return|ticket|request)s?\b/;
const ANOTHER_FAULTY =
  /\b(?:(?:i|we) (?:also )?(?:have|got|have got)|(?:i've|we've|ive) (?:also )?got) (?:also )?(?:another|a second|one more|a different|a further) (?:faulty |broken |dead |bad |defective |failed |failing |damaged |problem |problematic )?(?:unit|item|device|part|one|switch|router|psu|power supply|sfp|optic|module|card|product|piece|transceiver)\b/;
const RETURN_ANOTHER = /\b(?:return|claim|rma|send back) (?:another|a second|one more|a different) (?:item|unit|device|part|one|product)\b/;
const DIFFERENT_ITEM = /\b(?:different|another) (?:item|unit|device|part|product)\b/;
// "you sent a different item" is a complaint about this order, not a new claim.
const WRONG_ITEM = /\b(?:sent|send|received|receive|got|shipped|arrived|delivered|wrong|instead)\b/;

function asksForNewClaim(plain: string, clauses: string[]): boolean {
  const short = plain.split(' ').length <= 6;
  if (short && saysUnnegated(clauses, NEW_CLAIM_ALONE)) return true;
  if (saysUnnegated(clauses, NEW_CLAIM_VERB) || saysUnnegated(clauses, ANOTHER_FAULTY) || saysUnnegated(clauses, RETURN_ANOTHER))
    return true;
  if (short && !WRONG_ITEM.test(plain) && saysUnnegated(clauses, DIFFERENT_ITEM)) return true;
  return asksForNewClaimForeign(clauses);
}

// ---------------------------------------------------------------------------------------------
// Questions

const QUESTION_OPENERS = wordSet(
  'hi hello hey ok okay so and also btw quick question sorry thanks um uh oh but just then well one more thing please hmm another again',
);
const QUESTION_WORDS = wordSet(
  "how what what's whats when when's where where's wheres why who who's whos which is are do does did can could will would should shall may am any has have was were isn't aren't don't doesn't won't can't wondering tell",
);
// A short phrase without a question mark is a question when it names one of these: "refund status".
const ASKED_NOUNS = /\b(?:status|update|updates|news|eta|progress|address|period|window|timing|cost|costs|price|fee|fees|policy)\b/;

const AS_IS = /\b(?:as is|asis|for parts|parts only|spares or repair|spares repair|sold as|untested|not tested)\b/;
const DOA = /\b(?:doa|dead on arrival|d o a)\b/;
const SHIPPING =
  /\b(?:shipping|shipment|ship|postage|freight|courier|delivery|duties|duty|customs|import (?:tax|taxes|fee|fees)|vat|return label|label|labels|send it back|ship it back|send back|ship back|sending it back|carriage|ups|fedex|dhl|usps)\b/;
const COST =
  /\b(?:pay|pays|paid|paying|cost|costs|costing|charge|charged|charges|free|fee|fees|price|covered|cover|covers|expense|expenses|prepaid|pre paid|owe|reimburse|reimbursed|refund|refunded|bill|billed|expensive|cheap)\b/;
const REFUND =
  /\b(?:refund|refunds|refunded|refunding|money back|reimburse|reimbursed|reimbursement|credit back|paid back|get paid|my money)\b/;
const REFUND_TIME =
  /\b(?:when|how long|how soon|how many|status|eta|yet|still|where|received|days|weeks|timing|time|processed|processing|take|takes|money back|update|back)\b/;
const RETURN_ADDRESS =
  /\b(?:return address|returns address|rma address|your address|warehouse address|what address|which address|the address|address to (?:send|ship|return|post|mail)|where (?:do|should|can|shall|must|will|would|to) (?:i |we )?(?:send|ship|post|mail|return|drop|bring)|where (?:do|does|should) (?:it|this|the unit|the item|the part) go|where is (?:your|the) (?:warehouse|depot|returns department)|send it to)\b/;
const INTAKE =
  /\b(?:(?:why|what) (?:else )?(?:do|does|did|would) (?:you|u|ya) (?:need|want|require)|what (?:else )?(?:info|information|details|documents|evidence|files|proof|photos|pictures) (?:do|does|is|are|should|must|you)|(?:do|must|should) (?:i|we) (?:need|have) to (?:send|provide|upload|give|attach|take|include)|what do i (?:need|have) to (?:send|provide|upload|give|do))\b/;
const INTAKE_THINGS =
  /\b(?:photo|photos|picture|pictures|pic|pics|image|images|serial|serials|video|videos|log|logs|label|installation|install|evidence|proof|information|details)\b/;
const WARRANTY_WORDS = /\b(?:warranty|warranties|warrantee|guarantee|covered|coverage)\b/;
const TIME_WORDS =
  /\b(?:how long|how many|how much time|long is|day|days|month|months|year|years|end|ends|ending|expire|expires|expired|expiry|run out|runs out|last|lasts|still|valid|period|window|until|till|when|left|remaining|start|starts|length)\b/;
const NOT_COVERED =
  /\b(?:not covered|cover|covers|covered|coverage|excluded|exclude|excludes|exclusion|exclusions|void|voided|voids|voiding)\b/;
const WARRANTY = /\b(?:warranty|warranties|warrantee|guarantee)\b/;
const STATUS = [
  // Not "firmware update" or "the status LED".
  /(?<!(?:firmware|software|ios|os|image|code|config|bios|driver|rommon|security) )\b(?:update|updates)\b/,
  /(?<!(?:led|port|link|interface|line|protocol|fan|psu|power|light|alarm|environment|module|optic|sfp) )\bstatus\b(?! (?:led|light|indicator|code|port|register|bit))/,
  /\b(?:news|progress|eta|heard back|any word|where are we|what's happening|what is happening|what's going on|whats happening|whats going on)\b/,
  /\bwhere(?: is|'s| are) (?:my|the|our) (?:case|claim|rma|ticket|return|replacement|unit|item|request|package|parcel|order|repair)\b/,
  /\bhow is (?:my|the) (?:case|claim|rma|repair|return) (?:going|coming)\b/,
];

function isQuestion(text: string, plain: string): boolean {
  if (text.includes('?') || text.includes('¿')) return true;
  const words = plain.split(' ');
  const first = words.find((w) => !QUESTION_OPENERS.has(w) && !QUESTION_OPENERS_FOREIGN.has(w));
  if (first !== undefined && (QUESTION_WORDS.has(first) || QUESTION_WORDS_FOREIGN.has(first))) return true;
  return words.length <= 4 && (ASKED_NOUNS.test(plain) || ASKED_NOUNS_FOREIGN.test(plain));
}

function topicOf(plain: string): QuestionTopic | null {
  if (AS_IS.test(plain)) return 'as_is';
  if (DOA.test(plain)) return 'doa_window';
  if (SHIPPING.test(plain) && COST.test(plain)) return 'shipping_cost';
  if (REFUND.test(plain) && REFUND_TIME.test(plain)) return 'refund_timing';
  if (RETURN_ADDRESS.test(plain)) return 'return_address';
  if (INTAKE.test(plain) || (/\bwhy\b/.test(plain) && INTAKE_THINGS.test(plain))) return 'intake_needs';
  if (WARRANTY_WORDS.test(plain) && TIME_WORDS.test(plain)) return 'warranty_window';
  if (NOT_COVERED.test(plain)) return 'not_covered';
  if (WARRANTY.test(plain)) return 'warranty_window';
  if (STATUS.some((p) => p.test(plain))) return 'status';
  return foreignTopicOf(plain);
}

// ---------------------------------------------------------------------------------------------

/** Words of thanks; a message of nothing but these and COURTESY words is a thank-you. */
const THANKS = wordSet('thanks thank thx ty tyvm cheers appreciate appreciated ta merci danke');
const COURTESY = wordSet(
  'you u so very much many a lot ok okay k great perfect awesome cool good nice got it noted understood all for that the help your again sir guys team and oh ah',
);

/** "thanks!", "ok thank you so much", "cheers": a thank-you, and nothing else. */
function isThanks(plain: string): boolean {
  const words = plain.split(' ').filter((w) => w !== '');
  const thanks = (w: string) => THANKS.has(w) || THANKS_FOREIGN.has(w);
  const courteous = (w: string) => thanks(w) || COURTESY.has(w) || COURTESY_FOREIGN.has(w);
  return words.length > 0 && words.length <= 12 && words.some(thanks) && words.every(courteous);
}

/**
 * What the message asks for, checked in this order: a human, to cancel, a new claim, a question.
 * Null for anything else: fault descriptions, answers to the bot's questions, logs, long texts.
 */
export function intentOf(text: string): Intent | null {
  const head = parseWindow(text).trim();
  if (head === '') return null;
  if (text.trim().length > LONG_TEXT || looksLikeLog(head)) return asksForHuman(opening(head)) ? { kind: 'human' } : null;
  if (asksForHuman(head)) return { kind: 'human' };
  if (head.length > SHORT_TEXT) return null;
  const plain = plainWords(head);
  const clauses = plainClauses(head);
  const han = shortHan(head);
  if (asksToCancel(plain, clauses) || (han !== '' && hanAsksToCancel(han))) return { kind: 'cancel' };
  if (asksForNewClaim(plain, clauses) || (han !== '' && hanAsksForNewClaim(han))) return { kind: 'new_claim' };
  if (plain !== '' && isThanks(plain)) return { kind: 'question', topic: 'thanks' };
  if (plain !== '' && isQuestion(head, plain)) {
    const topic = topicOf(plain);
    if (topic) return { kind: 'question', topic };
  }
  const hanTopic = han !== '' ? hanTopicOf(han, head) : null;
  return hanTopic ? { kind: 'question', topic: hanTopic } : null;
}
