import { describe, expect, it } from 'vitest';
import { intentOf } from '../../src/chat/intents.ts';

// intentOf on German, Spanish, French and Chinese (issue 19), with no language chosen first.

describe('intentOf in every language', () => {
  it.each([
    'Mitarbeiter',
    'Ich möchte einen Menschen sprechen',
    'ich möchte mit einem Mitarbeiter sprechen',
    'Rückruf bitte',
    'hablar con una persona',
    'Quiero hablar con alguien, por favor',
    'necesito ayuda',
    "parler à quelqu'un",
    'Je veux parler à un humain',
    'rappelez-moi svp',
    '人工客服',
    '转人工',
    '我要人工',
    '请给我打电话',
  ])('"%s" asks for a person', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'human' });
  });

  it.each([
    'stornieren',
    'Reklamation zurückziehen',
    'ich möchte die Reklamation stornieren',
    'bitte stornieren',
    'vergiss es',
    'brauche ich nicht mehr',
    'cancelar',
    'quiero cancelar la reclamación',
    'sí, cancelar',
    'ya no lo necesito',
    'annuler',
    'je veux annuler ma demande',
    "je n'en ai plus besoin",
    '取消',
    '请取消申请',
    '算了吧',
  ])('"%s" asks to cancel', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'cancel' });
  });

  it.each([
    // The order or a shipment, a negation, a condition: no cancel of the claim.
    'Bestellung stornieren',
    'nicht stornieren',
    'bitte nicht stornieren',
    'Wenn der Ersatz nicht kommt, bitte stornieren',
    'cancelar el pedido',
    'no quiero cancelar',
    'si el reemplazo no llega, cancelar',
    'annuler la commande',
    "n'annulez pas",
    'je ne veux pas annuler',
    '取消订单',
    '不要取消',
    'Ich möchte nicht mit einem Menschen sprechen',
    '不要人工客服',
  ])('"%s" is not a cancel or a request for a person', (text) => {
    expect(intentOf(text)?.kind).not.toBe('cancel');
    expect(intentOf(text)?.kind).not.toBe('human');
  });

  it.each([
    'neue Reklamation',
    'ich habe noch ein defektes Netzteil',
    'nueva reclamación',
    'tengo otro equipo defectuoso',
    'nouvelle demande',
    "j'ai un autre appareil en panne",
    '新的申请',
    '我想再申请一个',
  ])('"%s" opens a new claim', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'new_claim' });
  });

  it.each([
    ['Wie lange habe ich Garantie?', 'warranty_window'],
    ['Wer zahlt den Versand?', 'shipping_cost'],
    ['Versandkosten?', 'shipping_cost'],
    ['Wann bekomme ich meine Rückerstattung?', 'refund_timing'],
    ['An welche Adresse soll ich es schicken?', 'return_address'],
    ['Warum brauchen Sie Fotos?', 'intake_needs'],
    ['Ist das abgedeckt?', 'not_covered'],
    ['Gibt es Neuigkeiten?', 'status'],
    ['Das Gerät ist defekt angekommen, was nun?', 'doa_window'],
    ['¿Cuánto dura la garantía?', 'warranty_window'],
    ['¿Quién paga el envío?', 'shipping_cost'],
    ['¿Cuándo recibo el reembolso?', 'refund_timing'],
    ['¿A qué dirección lo envío?', 'return_address'],
    ['¿Qué necesitan?', 'intake_needs'],
    ['¿Alguna novedad?', 'status'],
    ['Combien de temps dure la garantie ?', 'warranty_window'],
    ['Qui paie les frais de port ?', 'shipping_cost'],
    ['Quand vais-je recevoir le remboursement ?', 'refund_timing'],
    ["Où dois-je l'envoyer ?", 'return_address'],
    ['Pourquoi avez-vous besoin de photos ?', 'intake_needs'],
    ['Où en est mon dossier ?', 'status'],
    ['保修多久？', 'warranty_window'],
    ['运费谁付', 'shipping_cost'],
    ['退款什么时候到账？', 'refund_timing'],
    ['寄到哪里？', 'return_address'],
    ['为什么要照片？', 'intake_needs'],
    ['进度怎么样了？', 'status'],
    ['谢谢', 'thanks'],
    ['Danke schön', 'thanks'],
    ['muchas gracias', 'thanks'],
    ['merci beaucoup', 'thanks'],
  ])('"%s" asks about %s', (text, topic) => {
    expect(intentOf(text)).toEqual({ kind: 'question', topic });
  });

  it.each([
    'funktioniert immer noch nicht',
    'Das Netzteil ist defekt, die LED blinkt nicht',
    'Bestellung 100234',
    'sigue sin funcionar',
    'el switch no arranca',
    'toujours en panne',
    'le port ne monte pas',
    '还是不行',
    '交换机坏了，端口不亮',
    '订单号 100234',
  ])('"%s" asks for nothing beyond the step', (text) => {
    expect(intentOf(text)).toBeNull();
  });
});
