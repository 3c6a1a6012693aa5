import type { WordingKey } from './en.ts';

export const zh: Record<WordingKey, string> = {
  'placeholder.wording': 'placeholder',
};
