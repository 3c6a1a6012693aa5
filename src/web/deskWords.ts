// How the web desk words a case's state, kind, flags, platform and the time a case has waited: one
// place, so the queue and the case page say the same thing. Each record lists every value of its type
// (a new state, kind or flag fails to compile until it has words here).
import type { CaseState } from '../case/caseState.ts';
import type { ClaimKind, FlagCode } from '../case/types.ts';

const STATE_WORDS: Record<CaseState, { name: string; meaning: string }> = {
  intake: { name: 'intake', meaning: 'intake: collecting details' },
  troubleshooting: { name: 'troubleshooting', meaning: 'troubleshooting with the customer' },
  review: { name: 'review', meaning: 'waiting for staff review' },
  awaiting_return: { name: 'awaiting return', meaning: 'approved, waiting for the parcel' },
  in_transit: { name: 'in transit', meaning: 'parcel on its way' },
  inspection: { name: 'inspection', meaning: 'parcel received, in inspection' },
  resolved: { name: 'resolved', meaning: 'resolved' },
  declined: { name: 'declined', meaning: 'declined' },
  cancelled: { name: 'cancelled', meaning: 'cancelled' },
};

function known(state: string): { name: string; meaning: string } | undefined {
  return Object.hasOwn(STATE_WORDS, state) ? STATE_WORDS[state as CaseState] : undefined;
}

/** A state's short name, for lists and filters: `awaiting_return` -> "awaiting return". */
export function stateWords(state: string): string {
  return known(state)?.name ?? state.replaceAll('_', ' ');
}

/** The case's state as staff read it on its page: `awaiting_return` -> "approved, waiting for the parcel". */
export function caseStateWords(state: string): string {
  return known(state)?.meaning ?? state.replaceAll('_', ' ');
}

export const KIND_WORDS: Record<ClaimKind, string> = { doa: 'DOA', warranty: 'warranty' };

/** How a flag reads in the queue and its filter. */
export const FLAG_WORDS: Record<FlagCode, string> = {
  human_requested: 'person asked for',
  over_cost_cap: 'over cost cap',
  serial_mismatch: 'serial mismatch',
  unverified_order: 'order not verified',
  damage_reported: 'damage reported',
  compatibility_claim: 'compatibility claim',
  unit_mismatch: 'unit not on the RMA',
  return_overdue: 'return overdue',
};

const PLATFORM_WORDS: Record<string, string> = { slack: 'Slack', discord: 'Discord', email: 'Email', console: 'Console' };

/** The platforms a case can come from, as the queue's filter offers them. */
export const DESK_PLATFORMS: readonly string[] = Object.keys(PLATFORM_WORDS);

/** `discord` -> "Discord"; a platform without words reads as its name. */
export function platformWords(platform: string): string {
  return Object.hasOwn(PLATFORM_WORDS, platform) ? PLATFORM_WORDS[platform]! : platform;
}

/** "less than 1 h", "3 h" up to 47 hours, then whole days: "2 d". */
export function durationWords(hours: number): string {
  if (hours < 1) return 'less than 1 h';
  if (hours < 48) return `${Math.floor(hours)} h`;
  return `${Math.floor(hours / 24)} d`;
}
