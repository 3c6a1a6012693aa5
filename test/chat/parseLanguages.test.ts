import { describe, expect, it } from 'vitest';
import {
  itemChoice,
  orderNumberCandidates,
  serialMentions,
  serialNumberIn,
  trackingNumberIn,
  troubleshootingAnswer,
  yesNo,
} from '../../src/chat/parse.ts';

// The readers of parse.ts on German, Spanish, French and Chinese (issue 19): no language is chosen
// first, a customer may write in any of them or mix them.

describe('yes and no in every language', () => {
  it.each([
    'ja',
    'Ja, bitte',
    'ja bitte stornieren',
    'klar',
    'genau',
    'einverstanden',
    'kein Problem',
    'sí',
    'Sí, por favor',
    'si',
    'claro que sí',
    'vale',
    'de acuerdo',
    'oui',
    'Oui merci',
    "d'accord",
    'bien sûr',
    'pas de souci',
    '是',
    '是的',
    '好',
    '好的',
    '对',
    '嗯',
    '可以',
    '确认',
    '没问题',
    '好的，取消吧',
    '是的，请取消',
  ])('"%s" is yes', (text) => {
    expect(yesNo(text)).toBe('yes');
  });

  it.each([
    'nein',
    'Nein danke',
    'nee',
    'nicht stornieren',
    'bitte nicht',
    'Reklamation offen lassen',
    'no',
    'No, gracias',
    'no lo canceles',
    'non',
    'Non merci',
    'ne pas annuler',
    "n'annulez pas",
    '不',
    '不是',
    '不要',
    '不要取消',
    '别取消',
    '不用了',
    '不对',
  ])('"%s" is no', (text) => {
    expect(yesNo(text)).toBe('no');
  });

  it.each([
    // A fault description that says "nicht" is no answer.
    'Das Gerät startet nicht',
    'der Port zeigt keinen Link',
    'weiß nicht',
    'vielleicht',
    'no sé',
    'tal vez',
    'je ne sais pas',
    'peut-être',
    '不知道',
    '不确定',
    '可能吧',
    '交换机坏了',
  ])('"%s" is neither', (text) => {
    expect(yesNo(text)).toBeNull();
  });
});

describe('fixed or still failing in every language', () => {
  it.each([
    'funktioniert immer noch nicht',
    'Funktioniert leider nicht',
    'geht immer noch nicht',
    'hat nicht geholfen',
    'nein, gleiche Fehler',
    'immer noch kaputt',
    'sigue sin funcionar',
    'todavía no funciona',
    'no funciona',
    'no, mismo problema',
    'eso no funcionó',
    'toujours en panne',
    'ne fonctionne toujours pas',
    'ça ne marche pas',
    "ça n'a pas marché",
    'non, toujours pareil',
    '还是不行',
    '仍然不工作',
    '没用',
    '不行',
    '没有解决',
    '还是坏的',
    '不',
  ])('"%s" is still failing', (text) => {
    expect(troubleshootingAnswer(text)).toBe('still_failing');
  });

  it.each([
    'funktioniert jetzt',
    'Geht wieder, danke!',
    'es läuft wieder',
    'hat geholfen',
    'Problem behoben',
    'keine Fehler mehr',
    'ja',
    'ya funciona',
    'funciona ahora, gracias',
    'solucionado',
    'ya no falla',
    'sí',
    'ça marche',
    'ça marche maintenant, merci',
    "c'est bon",
    'problème résolu',
    'ne plante plus',
    'oui',
    '好了',
    '修好了',
    '可以了',
    '恢复正常了',
    '没问题了',
    '是的',
  ])('"%s" is fixed', (text) => {
    expect(troubleshootingAnswer(text)).toBe('fixed');
  });

  it.each([
    // A doubt or a question: for a person, not a close.
    'funktioniert jetzt, aber nur auf Port 2',
    'ya funciona, pero solo a veces',
    'ça marche, mais parfois ça coupe',
    '好了，但是偶尔掉线',
    '好了吗？',
    // No answer at all.
    'kein Problem',
    'no problem',
    'wo ist der Konsolenport?',
    '控制台端口在哪里',
  ])('"%s" is neither', (text) => {
    expect(troubleshootingAnswer(text)).toBeNull();
  });
});

describe('order numbers in every language', () => {
  it.each([
    ['Bestellung 100234', '100234'],
    ['Bestellnummer: 100234', '100234'],
    ['meine Bestellung ist 100234, das Netzteil ist defekt', '100234'],
    ['Bestell-Nr. 100234', '100234'],
    ['Auftragsnummer 4500012345', '4500012345'],
    ['pedido 100120', '100120'],
    ['número de pedido 100120', '100120'],
    ['nº de pedido 100120', '100120'],
    ['Pedido nº 100120', '100120'],
    ['commande 100234', '100234'],
    ['numéro de commande : 100234', '100234'],
    ['n° de commande 100234', '100234'],
    ['订单号 100234', '100234'],
    ['订单100234', '100234'],
    ['订单号：100234', '100234'],
    ['我的订单号是100234，电源坏了', '100234'],
  ])('reads "%s" as labelled order %s', (text, number) => {
    expect(orderNumberCandidates(text)[0]).toEqual({ number, labelled: true });
  });

  it('does not take "commandé" (ordered) for a label', () => {
    expect(orderNumberCandidates("j'ai commandé 200 unités")).toEqual([{ number: '200', labelled: false }]);
  });
});

describe('serial numbers in every language', () => {
  it.each([
    'Seriennummer: FNS17320ABC',
    'Seriennummer ist FNS 1732 0ABC',
    'número de serie FNS17320ABC',
    'numéro de série : FNS17320ABC',
    'n° de série FNS17320ABC',
    '序列号 FNS17320ABC',
    '序列号：FNS17320ABC',
    'SN码：FNS17320ABC',
  ])('reads "%s" as labelled FNS17320ABC, alone', (text) => {
    expect(serialNumberIn(text)).toBe('FNS17320ABC');
    expect(serialMentions(text).serials[0]).toEqual({ serial: 'FNS17320ABC', labelled: true });
  });

  it('takes a correction in German as the serial alone', () => {
    expect(serialMentions('Entschuldigung, die richtige Seriennummer ist FNS17320ABC').alone).toBe(true);
    expect(serialMentions('Seriennummer FNS17320ABC, der Lüfter ist laut').alone).toBe(false);
  });
});

describe('tracking numbers in every language', () => {
  it.each([
    ['Bestellung 4500012345, Sendungsnummer 00340434161234567890', '00340434161234567890'],
    ['número de seguimiento: 1234567890123', '1234567890123'],
    ['pedido 4500012345, número de seguimiento 1234567890123', '1234567890123'],
    ['commande 4500012345 numéro de suivi 8R12345678901', '8R12345678901'],
    ['运单号SF1234567890123', 'SF1234567890123'],
    ['订单4500012345，快递单号：YT1234567890123', 'YT1234567890123'],
    ['order 4500012345 tracking 9400100000000000000000', '9400100000000000000000'],
  ])('reads "%s" as %s', (text, number) => {
    expect(trackingNumberIn(text)).toBe(number);
  });
});

describe('item choice in every language', () => {
  const items = [
    { partNumber: 'WS-C3850-48P', serialNumber: 'FOC2101X0AB', description: 'Catalyst 3850 48-port PoE switch' },
    { partNumber: 'PWR-C1-715WAC', serialNumber: 'LIT2101AAAA', description: '715W AC power supply' },
    { partNumber: 'SFP-10G-SR', serialNumber: 'FNS17320ABC', description: 'Cisco 10GBASE-SR SFP+ module' },
  ];

  it.each([
    ['das zweite', 1],
    ['ich meinte das dritte', 2],
    ['die letzte', 2],
    ['das Netzteil', 1],
    ['nicht den Switch, das Netzteil', 1],
    ['el segundo', 1],
    ['el último', 2],
    ['la fuente de alimentación', 1],
    ['le deuxième', 1],
    ['la première', 0],
    ['le dernier', 2],
    ['第二个', 1],
    ['我要第三台', 2],
    ['第2个', 1],
    ['最后一个', 2],
    ['电源', 1],
    ['光模块', 2],
    ['交换机', 0],
  ])('"%s" picks item %i', (text, index) => {
    expect(itemChoice(text, items)).toBe(index);
  });

  it.each(['das vierte', 'el otro', '第四个', '第十个', '都坏了'])('"%s" picks nothing', (text) => {
    expect(itemChoice(text, items)).toBeNull();
  });
});
