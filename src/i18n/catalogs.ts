// Every language's messages, one flat table per language in two parts (the notices of wording.ts, the
// policy answers and troubleshooting checks); English defines the keys, and the types make each other
// language carry all of them.
import { de as answersDe } from './answers/de.ts';
import { en as answersEn } from './answers/en.ts';
import { es as answersEs } from './answers/es.ts';
import { fr as answersFr } from './answers/fr.ts';
import { zh as answersZh } from './answers/zh.ts';
import type { Language } from './languages.ts';
import { de as wordingDe } from './wording/de.ts';
import { en as wordingEn } from './wording/en.ts';
import { es as wordingEs } from './wording/es.ts';
import { fr as wordingFr } from './wording/fr.ts';
import { zh as wordingZh } from './wording/zh.ts';

export type MessageKey = keyof typeof wordingEn | keyof typeof answersEn;
export type Messages = Record<MessageKey, string>;

export const CATALOGS: Record<Language, Messages> = {
  en: { ...wordingEn, ...answersEn },
  de: { ...wordingDe, ...answersDe },
  es: { ...wordingEs, ...answersEs },
  fr: { ...wordingFr, ...answersFr },
  zh: { ...wordingZh, ...answersZh },
};
