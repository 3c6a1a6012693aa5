import { en, type WordingKey } from './en.ts';

// Placeholder until the translation lands.
export const zh: Record<WordingKey, string> = { ...en };
