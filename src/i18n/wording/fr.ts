import type { WordingKey } from './en.ts';

export const fr: Record<WordingKey, string> = {
  'placeholder.wording': 'placeholder',
};
