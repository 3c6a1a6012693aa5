import type { AnswersKey } from './en.ts';

export const fr: Record<AnswersKey, string> = {
  'placeholder.answers': 'placeholder',
};
