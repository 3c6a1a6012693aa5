import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/chat/detectLanguage.ts';

describe('detectLanguage', () => {
  it.each([
    ['Bestellung 100234', 'de'],
    ['Hallo, mein Netzteil ist defekt', 'de'],
    ['funktioniert immer noch nicht', 'de'],
    ['pedido 100120', 'es'],
    ['Hola, mi pedido 100234 llegó roto', 'es'],
    ['ma commande est arrivée cassée', 'fr'],
    ['commande 100234', 'fr'],
    ['我的交换机坏了', 'zh'],
    ['订单100234', 'zh'],
    ['还是不行', 'zh'],
    ['the switch does not boot', 'en'],
    ['my order is 100234', 'en'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['100234', 'FOC2101X0AB', 'LIT-2101AAAA', 'SFP-10G-SR', 'ok', 'yes', 'ja', 'hi', 'cancel', 'agent', ''])(
    'tells nothing from %j (numbers, serials, part numbers, a word or two)',
    (text) => {
      expect(detectLanguage(text)).toBeNull();
    },
  );

  it('reads the words, not the serials and codes around them', () => {
    // Alone, "FOC2101X0AB" reads as German to an n-gram model; with English words it is English.
    expect(detectLanguage('FOC2101X0AB WS-C3850-48P the unit does not power on')).toBe('en');
    expect(detectLanguage('FOC2101X0AB WS-C3850-48P das Gerät startet nicht mehr')).toBe('de');
  });
});
