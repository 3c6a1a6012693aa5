import type { WordingKey } from './en.ts';

export const de: Record<WordingKey, string> = {
  'placeholder.wording': 'placeholder',
};
