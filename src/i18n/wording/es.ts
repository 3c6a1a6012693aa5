import type { WordingKey } from './en.ts';

export const es: Record<WordingKey, string> = {
  'placeholder.wording': 'placeholder',
};
