import { en, type RefusalKey } from './en.ts';

// Placeholder until the translation lands.
export const es: Record<RefusalKey, string> = { ...en };
