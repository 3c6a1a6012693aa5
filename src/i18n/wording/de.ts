import { en, type WordingKey } from './en.ts';

// Placeholder until the translation lands.
export const de: Record<WordingKey, string> = { ...en };
