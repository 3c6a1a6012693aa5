// A customer asking the desk to speak another language (issue 19): "English please", "auf Deutsch
// bitte", "¿habla español?", "parlez-vous français", "请用中文", or the command "/lang de". A short
// message only, and one that says nothing else: every word is a language's name or a word of asking,
// so "I don't speak English" and a fault report that mentions German are no request. Linear in the text.
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { hanText, hasHan, trimHan } from './hanPhrases.ts';
import { plainWords, wordSet } from './plainWords.ts';

/** Longer than this, a message is about something else. */
const REQUEST_MAX = 60;

/** Each language's names as customers type them (plainWords: lower case, no accents). */
const NAMES: Record<Language, string> = {
  en: 'english englisch ingles anglais eng',
  de: 'deutsch german aleman allemand',
  es: 'spanish espanol spanisch espagnol castellano',
  fr: 'french francais franzosisch frances',
  zh: 'chinese chinesisch chino chinois mandarin',
};
const BY_NAME = new Map<string, Language>(LANGUAGES.flatMap((l) => NAMES[l].split(' ').map((n) => [n, l] as const)));

// The words of asking around a name: "can you speak", "auf … bitte", "en … por favor", "parlez-vous".
const ASKING = wordSet(
  "please pls plz can could would you u speak talk write answer reply respond switch change to in into the language lang use do does someone anyone somebody anybody we i prefer want would like lets let's continue only is there thanks thank ok okay yes hi hello" +
    ' bitte auf konnen sie konnten sprechen sprichst sprecht schreiben antworten reden wechseln umstellen sprache ich mochte lieber gerne mit mir uns wir danke hallo ja jemand' +
    ' en por favor puede puedes podria podrian hablar habla hablas hablan escribir responder cambiar a al idioma quiero prefiero me con alguien usted gracias hola si' +
    " s'il vous plait svp pouvez parlez parler ecrire repondre passer changer la langue je voudrais veux preferer tu parles merci bonjour oui quelqu'un",
);

/** The language named in a "/lang de", "/language fr", "/lang deutsch" command. */
function commandLanguage(trimmed: string): Language | null | undefined {
  const words = trimmed.toLowerCase().split(/\s+/);
  if (!['/lang', '/language', '/sprache', '/idioma', '/langue'].includes(words[0]!)) return undefined;
  if (words.length !== 2) return null;
  const [primary] = words[1]!.split(/[-_]/);
  const name = plainWords(words[1]!);
  return LANGUAGES.find((l) => l === primary) ?? (primary === 'cn' ? 'zh' : null) ?? BY_NAME.get(name) ?? hanName(words[1]!);
}

// Chinese: 说中文, 请用中文, 中文, 能说英语吗, 切换到德语.
const HAN_NAMES: ReadonlyArray<readonly [string, Language]> = [
  ['中文', 'zh'],
  ['汉语', 'zh'],
  ['普通话', 'zh'],
  ['简体中文', 'zh'],
  ['华语', 'zh'],
  ['英文', 'en'],
  ['英语', 'en'],
  ['德文', 'de'],
  ['德语', 'de'],
  ['西班牙语', 'es'],
  ['西语', 'es'],
  ['法文', 'fr'],
  ['法语', 'fr'],
];
const HAN_OPENERS = [
  '请',
  '麻烦',
  '能不能',
  '可不可以',
  '可以',
  '你能',
  '您能',
  '能',
  '我要',
  '我想',
  '改用',
  '换成',
  '切换到',
  '切换成',
  '换到',
  '用',
  '说',
  '讲',
  '会',
];
const HAN_CLOSERS = ['吧', '吗', '好吗', '可以吗', '谢谢', '说', '回复', '交流', '沟通', '聊', '聊天', '回答', '版', '呢'];

function hanName(text: string): Language | null {
  const core = trimHan(hanText(text), HAN_OPENERS, HAN_CLOSERS);
  return HAN_NAMES.find(([name]) => name === core)?.[1] ?? BY_NAME.get(core) ?? null;
}

/** The language a short message asks the desk to speak, or null when it asks for none. */
export function languageRequest(text: string): Language | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > REQUEST_MAX) return null;
  const command = commandLanguage(trimmed);
  if (command !== undefined) return command;
  if (hasHan(trimmed)) return hanName(trimmed);
  const words = plainWords(trimmed).split(' ');
  const named = new Set(words.flatMap((w) => BY_NAME.get(w) ?? []));
  if (named.size !== 1 || !words.every((w) => BY_NAME.has(w) || ASKING.has(w))) return null;
  return [...named][0]!;
}
