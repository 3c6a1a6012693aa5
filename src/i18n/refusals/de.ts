import { en, type RefusalKey } from './en.ts';

// Placeholder until the translation lands.
export const de: Record<RefusalKey, string> = { ...en };
