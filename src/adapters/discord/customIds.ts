// The custom ids the bot puts on its buttons and modals, and reads back when they are used.
// A case button carries the action and the case: `rma:approve:C-1001`.

export const OPEN_CLAIM_ID = 'rma:open-claim';
/** The one text field of the deny / request-info modals. */
export const MODAL_TEXT_ID = 'text';

const CASE_BUTTON = /^rma:([a-z_]{1,32}):(C-\d{1,12})$/;
const CASE_MODAL = /^rma-modal:(deny|request_info):(C-\d{1,12})$/;

export interface CaseControl {
  action: string;
  caseRef: string;
}

export function caseButtonId(action: string, caseRef: string): string {
  return `rma:${action}:${caseRef}`;
}

export function parseCaseButtonId(customId: string): CaseControl | null {
  const match = CASE_BUTTON.exec(customId);
  return match ? { action: match[1]!, caseRef: match[2]! } : null;
}

export function caseModalId(action: 'deny' | 'request_info', caseRef: string): string {
  return `rma-modal:${action}:${caseRef}`;
}

export function parseCaseModalId(customId: string): CaseControl | null {
  const match = CASE_MODAL.exec(customId);
  return match ? { action: match[1]!, caseRef: match[2]! } : null;
}
