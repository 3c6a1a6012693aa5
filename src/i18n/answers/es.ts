import type { AnswersKey } from './en.ts';

export const es: Record<AnswersKey, string> = {
  'placeholder.answers': 'placeholder',
};
