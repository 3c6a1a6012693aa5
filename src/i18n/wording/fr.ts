import { en, type WordingKey } from './en.ts';

// Placeholder until the translation lands.
export const fr: Record<WordingKey, string> = { ...en };
