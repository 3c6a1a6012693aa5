import { en, type WordingKey } from './en.ts';

// Placeholder until the translation lands.
export const es: Record<WordingKey, string> = { ...en };
