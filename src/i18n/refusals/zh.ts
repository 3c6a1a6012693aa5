import { en, type RefusalKey } from './en.ts';

// Placeholder until the translation lands.
export const zh: Record<RefusalKey, string> = { ...en };
