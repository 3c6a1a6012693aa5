import { describe, expect, it } from 'vitest';
import { languageRequest } from '../../src/chat/languageRequest.ts';

describe('languageRequest: the customer asks for another language', () => {
  it.each([
    ['English please', 'en'],
    ['in English', 'en'],
    ['can you speak English?', 'en'],
    ['English', 'en'],
    ['auf Englisch bitte', 'en'],
    ['auf Deutsch bitte', 'de'],
    ['Deutsch', 'de'],
    ['Können Sie Deutsch sprechen?', 'de'],
    ['German please', 'de'],
    ['en español', 'es'],
    ['¿habla español?', 'es'],
    ['Español, por favor', 'es'],
    ['en français', 'fr'],
    ['parlez-vous français ?', 'fr'],
    ['Français svp', 'fr'],
    ['说中文', 'zh'],
    ['请用中文', 'zh'],
    ['中文', 'zh'],
    ['能说中文吗？', 'zh'],
    ['请说英语', 'en'],
    ['切换到德语', 'de'],
    ['Chinese please', 'zh'],
    ['/lang de', 'de'],
    ['/lang en', 'en'],
    ['/language fr', 'fr'],
    ['/lang deutsch', 'de'],
    ['/lang Español', 'es'],
    ['/lang zh-CN', 'zh'],
    ['/lang 中文', 'zh'],
  ])('"%s" asks for %s', (text, language) => {
    expect(languageRequest(text)).toBe(language);
  });

  it.each([
    '',
    'hello',
    "I don't speak English",
    'no English',
    'English or German',
    'Deutsch oder Englisch?',
    'the switch shows its menu in English but the PSU is dead',
    'Das Handbuch ist auf Englisch, aber das Netzteil ist defekt und der Lüfter läuft nicht mehr richtig',
    'my order is 100234',
    '中文说明书丢了，电源坏了',
    '/lang',
    '/lang klingon',
    '/lang de fr',
  ])('"%s" asks for no language', (text) => {
    expect(languageRequest(text)).toBeNull();
  });
});
