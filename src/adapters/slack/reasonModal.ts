// The modal staff fill in when they press Deny or Request info: the reason the customer will read,
// or the information asked for. What the button was pressed on travels in private_metadata.
import type { types } from '@slack/bolt';
import { z } from 'zod';

export const REASON_MODAL_ID = 'rma_reason';
export const REASON_BLOCK_ID = 'reason';
export const REASON_INPUT_ID = 'text';

export type ReasonAction = 'deny' | 'request_info';

const metadataSchema = z.object({
  action: z.enum(['deny', 'request_info']),
  ref: z.string().min(1).max(32),
  /** The staff message with the buttons, updated once the modal is submitted. */
  channel: z.string().max(32).nullable(),
  messageTs: z.string().max(32).nullable(),
});

export type ReasonMetadata = z.output<typeof metadataSchema>;

export function reasonModal(meta: ReasonMetadata): types.ModalView {
  const deny = meta.action === 'deny';
  return {
    type: 'modal',
    callback_id: REASON_MODAL_ID,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: deny ? `Deny ${meta.ref}` : `More info for ${meta.ref}` },
    submit: { type: 'plain_text', text: deny ? 'Deny' : 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: REASON_BLOCK_ID,
        label: { type: 'plain_text', text: deny ? 'Reason (the customer reads this)' : 'What do you need from the customer?' },
        element: { type: 'plain_text_input', action_id: REASON_INPUT_ID, multiline: true, max_length: 2000 },
      },
    ],
  };
}

export function parseReasonMetadata(raw: string): ReasonMetadata | null {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/** The typed text of a submitted reason modal. */
export function submittedReason(view: { state: { values: Record<string, Record<string, { value?: string | null }>> } }): string {
  return view.state.values[REASON_BLOCK_ID]?.[REASON_INPUT_ID]?.value?.trim() ?? '';
}
