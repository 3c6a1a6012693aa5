// Every language's messages, one flat table per language in five parts (the notices of wording.ts, the
// policy answers and troubleshooting checks, the email footer, refusals of a message, claims for several
// units); English defines the keys, and the types make each other language carry all of them.
import { de as answersDe } from './answers/de.ts';
import { en as answersEn } from './answers/en.ts';
import { es as answersEs } from './answers/es.ts';
import { fr as answersFr } from './answers/fr.ts';
import { zh as answersZh } from './answers/zh.ts';
import type { Language } from './languages.ts';
import { de as mailDe } from './mail/de.ts';
import { en as mailEn } from './mail/en.ts';
import { es as mailEs } from './mail/es.ts';
import { fr as mailFr } from './mail/fr.ts';
import { zh as mailZh } from './mail/zh.ts';
import { de as refusalsDe } from './refusals/de.ts';
import { en as refusalsEn } from './refusals/en.ts';
import { es as refusalsEs } from './refusals/es.ts';
import { fr as refusalsFr } from './refusals/fr.ts';
import { zh as refusalsZh } from './refusals/zh.ts';
import { de as unitsDe } from './units/de.ts';
import { en as unitsEn } from './units/en.ts';
import { es as unitsEs } from './units/es.ts';
import { fr as unitsFr } from './units/fr.ts';
import { zh as unitsZh } from './units/zh.ts';
import { de as wordingDe } from './wording/de.ts';
import { en as wordingEn } from './wording/en.ts';
import { es as wordingEs } from './wording/es.ts';
import { fr as wordingFr } from './wording/fr.ts';
import { zh as wordingZh } from './wording/zh.ts';

export type MessageKey =
  keyof typeof wordingEn | keyof typeof answersEn | keyof typeof mailEn | keyof typeof refusalsEn | keyof typeof unitsEn;
export type Messages = Record<MessageKey, string>;

export const CATALOGS: Record<Language, Messages> = {
  en: { ...wordingEn, ...answersEn, ...mailEn, ...refusalsEn, ...unitsEn },
  de: { ...wordingDe, ...answersDe, ...mailDe, ...refusalsDe, ...unitsDe },
  es: { ...wordingEs, ...answersEs, ...mailEs, ...refusalsEs, ...unitsEs },
  fr: { ...wordingFr, ...answersFr, ...mailFr, ...refusalsFr, ...unitsFr },
  zh: { ...wordingZh, ...answersZh, ...mailZh, ...refusalsZh, ...unitsZh },
};
