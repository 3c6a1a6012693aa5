import type { AnswersKey } from './en.ts';

export const de: Record<AnswersKey, string> = {
  'placeholder.answers': 'placeholder',
};
