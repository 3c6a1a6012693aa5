import { en, type AnswersKey } from './en.ts';

// Placeholder until the translation lands.
export const fr: Record<AnswersKey, string> = { ...en };
