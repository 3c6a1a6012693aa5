// The seller's returns and warranty policy (../shared/returns-warranty-policy.txt) as validated data.
// Defaults are the published policy's values; a seller overrides them with a JSON or YAML file.
import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages.ts';

export const NON_RETURNABLE_TERMS = ['as-is', 'for-parts', 'no-returns'] as const;
export const SALE_TERMS = ['standard', ...NON_RETURNABLE_TERMS] as const;
export type SaleTerms = (typeof SALE_TERMS)[number];

/** The information the policy (section 2) asks for with every DOA / warranty claim. */
export const REQUIRED_INFORMATION = [
  'order_number',
  'part_number',
  'serial_photo',
  'install_photo',
  'fault_description',
  'evidence',
] as const;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The default contact email: a placeholder (RFC 2606's example.com) until the seller sets theirs. */
export const PLACEHOLDER_CONTACT_EMAIL = 'returns@example.com';

export const policySchema = z
  .strictObject({
    timeZone: z.string().refine(isTimeZone, { message: 'not an IANA time zone name' }).default('UTC'),
    doaDays: z.int().min(0).max(365).default(14),
    warrantyDays: z.int().min(0).max(3650).default(90),
    costCapUsd: z.number().min(0).max(1_000_000).multipleOf(0.01).default(500),
    contactEmail: z.email().default(PLACEHOLDER_CONTACT_EMAIL),
    returnAddress: z.string().min(1).max(500).default('the return address our staff give you with the RMA number'),
    // Reminders and expiry (durable timers).
    remindIntakeAfterDays: z.int().min(1).max(60).default(2),
    closeSilentIntakeAfterDays: z.int().min(1).max(365).default(7),
    remindTrackingAfterDays: z.int().min(1).max(60).default(7),
    expireRmaAfterDays: z.int().min(1).max(365).default(30),
    reviewOverdueBusinessDays: z.int().min(1).max(30).default(1),
    warnDoaWindowDaysBefore: z.int().min(0).max(14).default(2),
    // Advance replacement: days the customer has to return the faulty unit once the replacement shipped.
    advanceReturnDays: z.int().min(1).max(90).default(14),
    // The conversation: how long a closed case stays the customer's conversation, and how far a
    // customer can probe order records.
    closedConversationDays: z.int().min(0).max(365).default(30),
    maxNewClaimsPerDay: z.int().min(1).max(100).default(5),
    maxOrderAttempts: z.int().min(1).max(20).default(5),
    // Desk-wide limits on one customer, checked before anything is recorded.
    maxMessagesPerMinute: z.int().min(1).max(600).default(20),
    // The evidence vault: how much one customer's files may take in the store, over all their cases.
    evidenceQuotaMb: z.int().min(1).max(10_000_000).default(2048),
    // The language staff read the bot's notices in; customers are answered in their own.
    staffLanguage: z.enum(LANGUAGES).default('en'),
  })
  .refine((p) => p.closeSilentIntakeAfterDays > p.remindIntakeAfterDays, {
    message: 'closeSilentIntakeAfterDays must be later than remindIntakeAfterDays',
    path: ['closeSilentIntakeAfterDays'],
  })
  .refine((p) => p.expireRmaAfterDays > p.remindTrackingAfterDays, {
    message: 'expireRmaAfterDays must be later than remindTrackingAfterDays',
    path: ['expireRmaAfterDays'],
  })
  .refine((p) => p.warrantyDays >= p.doaDays, {
    message: 'warrantyDays must not be shorter than doaDays',
    path: ['warrantyDays'],
  });

export type PolicyInput = z.input<typeof policySchema>;
export type PolicyValues = z.output<typeof policySchema>;

/** The policy values a case works with; recorded on the case when it opens. */
export interface Policy {
  timeZone: string;
  doaDays: number;
  warrantyDays: number;
  costCapCents: number;
  contactEmail: string;
  returnAddress: string;
  /** The language of staff notices; absent in cases recorded before it existed (English). */
  staffLanguage?: Language | undefined;
  timers: TimerPolicy;
  conversation: ConversationPolicy;
  limits: DeskLimits;
}

/** The policy recorded with a case when it opens: all but the desk-wide limits, which apply as they are now. */
export type CasePolicy = Omit<Policy, 'limits'>;

/** Limits on one customer across the desk, read from the running policy (never from a case's copy). */
export interface DeskLimits {
  /** Messages, commands and button presses one customer can send in a minute; more are refused unread. */
  maxMessagesPerMinute: number;
  /** MB of evidence one customer's files (all cases, each content once) may take; a file past it is refused. */
  evidenceQuotaMb: number;
}

/** The part of a policy a case records. */
export function casePolicy(policy: Policy): CasePolicy {
  const { limits: _limits, ...recorded } = policy;
  return recorded;
}

/** How the conversation treats closed cases and order look-ups. */
export interface ConversationPolicy {
  /** Days after a case closes during which the customer's next message goes to it rather than opening a new claim. */
  closedConversationDays: number;
  /** New claims one customer can open in 24 hours. */
  maxNewClaimsPerDay: number;
  /** Order numbers not on record one case looks up before a person takes over. */
  maxOrderAttempts: number;
}

/** When reminders fire and silent cases close; days in the policy's time zone. */
export interface TimerPolicy {
  remindIntakeAfterDays: number;
  closeSilentIntakeAfterDays: number;
  remindTrackingAfterDays: number;
  expireRmaAfterDays: number;
  reviewOverdueBusinessDays: number;
  warnDoaWindowDaysBefore: number;
  /** Days the faulty unit of an advance replacement has to come back; absent in cases recorded before it existed (14). */
  advanceReturnDays?: number | undefined;
}

export class PolicyError extends Error {
  override name = 'PolicyError';
}

/** Validates raw policy data; the error names every offending key. */
export function parsePolicy(raw: unknown, source = 'policy'): Policy {
  const result = policySchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      const key = issue.path.join('.') || '(root)';
      return `"${key}": ${issue.message}`;
    });
    throw new PolicyError(`${source}: ${problems.join('; ')}`);
  }
  const v = result.data;
  return {
    timeZone: v.timeZone,
    doaDays: v.doaDays,
    warrantyDays: v.warrantyDays,
    costCapCents: Math.round(v.costCapUsd * 100),
    contactEmail: v.contactEmail,
    returnAddress: v.returnAddress,
    // Recorded only when it is not the default, so cases keep the policy they always recorded.
    ...(v.staffLanguage !== 'en' ? { staffLanguage: v.staffLanguage } : {}),
    timers: {
      remindIntakeAfterDays: v.remindIntakeAfterDays,
      closeSilentIntakeAfterDays: v.closeSilentIntakeAfterDays,
      remindTrackingAfterDays: v.remindTrackingAfterDays,
      expireRmaAfterDays: v.expireRmaAfterDays,
      reviewOverdueBusinessDays: v.reviewOverdueBusinessDays,
      warnDoaWindowDaysBefore: v.warnDoaWindowDaysBefore,
      advanceReturnDays: v.advanceReturnDays,
    },
    conversation: {
      closedConversationDays: v.closedConversationDays,
      maxNewClaimsPerDay: v.maxNewClaimsPerDay,
      maxOrderAttempts: v.maxOrderAttempts,
    },
    limits: { maxMessagesPerMinute: v.maxMessagesPerMinute, evidenceQuotaMb: v.evidenceQuotaMb },
  };
}

export const DEFAULT_POLICY: Policy = parsePolicy({});

/** False while the policy still has the placeholder return address: the seller has not set theirs. */
export function hasReturnAddress(policy: Pick<Policy, 'returnAddress'>): boolean {
  return policy.returnAddress.trim() !== '' && policy.returnAddress !== DEFAULT_POLICY.returnAddress;
}

/** False for an address at a domain reserved for examples (RFC 2606, RFC 6761): mail there reaches nobody. */
export function hasContactEmail(policy: Pick<Policy, 'contactEmail'>): boolean {
  const domain = policy.contactEmail.slice(policy.contactEmail.lastIndexOf('@') + 1).toLowerCase();
  return !/(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test|localhost)$/.test(domain);
}

/** One line for each contact detail customers are shown that the seller has not set yet; empty when both are set. */
export function unsetContactDetails(policy: Pick<Policy, 'contactEmail' | 'returnAddress'>): string[] {
  const unset: string[] = [];
  if (!hasContactEmail(policy)) {
    unset.push(
      `the policy's contactEmail is the placeholder ${policy.contactEmail}: customers are told to write to it (declined claims, the message limits, the RMA document); set contactEmail in the policy file`,
    );
  }
  if (!hasReturnAddress(policy)) {
    // Customers are then told staff will send the address with the RMA number.
    unset.push('the policy has no returnAddress: approved customers are told staff will send it; set returnAddress in the policy file');
  }
  return unset;
}
