import { en, type AnswersKey } from './en.ts';

// Placeholder until the translation lands.
export const zh: Record<AnswersKey, string> = { ...en };
