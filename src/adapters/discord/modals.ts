// The modals staff fill in from the review buttons: the reason of a denial, the information asked for.
import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { caseModalId, MODAL_TEXT_ID } from './customIds.ts';

const WORDING = {
  deny: { title: 'Deny', label: 'Reason the customer will read', placeholder: 'e.g. the serial label shows a unit from another seller' },
  request_info: {
    title: 'Request information',
    label: 'What you need from the customer',
    placeholder: 'e.g. a photo of the port LEDs with the optic inserted',
  },
} as const;

export function caseModal(action: 'deny' | 'request_info', caseRef: string): APIModalInteractionResponseCallbackData {
  const w = WORDING[action];
  return {
    custom_id: caseModalId(action, caseRef),
    title: `${w.title} ${caseRef}`.slice(0, 45),
    components: [
      {
        type: ComponentType.Label,
        label: w.label,
        component: {
          type: ComponentType.TextInput,
          custom_id: MODAL_TEXT_ID,
          style: TextInputStyle.Paragraph,
          required: true,
          min_length: 3,
          max_length: 1000,
          placeholder: w.placeholder,
        },
      },
    ],
  };
}
