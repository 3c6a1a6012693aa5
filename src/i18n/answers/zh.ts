import type { AnswersKey } from './en.ts';

export const zh: Record<AnswersKey, string> = {
  'placeholder.answers': 'placeholder',
};
