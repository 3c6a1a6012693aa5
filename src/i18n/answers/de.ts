import { en, type AnswersKey } from './en.ts';

// Placeholder until the translation lands.
export const de: Record<AnswersKey, string> = { ...en };
