import { en, type RefusalKey } from './en.ts';

// Placeholder until the translation lands.
export const fr: Record<RefusalKey, string> = { ...en };
