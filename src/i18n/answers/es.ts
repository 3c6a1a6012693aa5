import { en, type AnswersKey } from './en.ts';

// Placeholder until the translation lands.
export const es: Record<AnswersKey, string> = { ...en };
