// What a message asks for, in German, Spanish and French (on plainWords: lower case, no accents) and in
// Chinese (on hanText of a short message), for intents.ts (issue 19): a person, to cancel, a new claim,
// and the questions the policy answers. intents.ts checks these beside its English patterns. German and
// French put the negation after the verb ("stornieren Sie nicht", "n'annulez pas"), so a clause with a
// negation anywhere is not a cancel or a new claim here. No pattern has nested or adjacent quantifiers.
import type { QuestionTopic } from '../case/types.ts';
import { hanHas, hanSays, trimHan } from './hanPhrases.ts';
import { phraseSet, wordSet } from './plainWords.ts';

/** Negations of German, Spanish and French, and any French "n'…" ("n'annulez", "n'ai"). */
const NEGATION_WORDS = wordSet('nicht kein keine keinen keiner nie niemals no nunca ni jamas ne pas jamais aucun aucune');
export const isForeignNegation = (w: string): boolean => NEGATION_WORDS.has(w) || w.startsWith("n'");

// ---------------------------------------------------------------------------------------------
// A person

/** Alone (fillers aside) a request for someone: "Mitarbeiter", "un humain", "ayuda". */
export const HUMAN_ALONE_FOREIGN = phraseSet(
  "mitarbeiter, mitarbeiterin, mensch, menschen, echter mensch, echten menschen, echte person, kundenservice, kundendienst, kundensupport, berater, beraterin, ansprechpartner, hilfe, techniker, jemand, jemanden, jemandem, operador, operadora, agente, humano, persona, persona real, asesor, asesora, atencion al cliente, servicio al cliente, ayuda, soporte, soporte tecnico, tecnico, alguien, humain, vrai humain, vraie personne, conseiller, conseillere, operateur, operatrice, service client, aide, d'aide, technicien, quelqu'un",
);
export const HUMAN_FILLERS_FOREIGN = wordSet(
  "hallo bitte ich mochte will brauche gerne einen eine einem einer mit sprechen reden kann konnte konnen jetzt sofort danke mal den die das zu echten richtigen hola por favor quiero quisiera necesito puedo hablar con un una el la ahora gracias me ya bonjour salut svp je veux voudrais peux pourrais parler avec le maintenant merci besoin j'ai",
);
export const HUMAN_PHRASES_FOREIGN = [
  /\bmit (?:einem |einer |ihrem |eurem |dem |der )?(?:echten |richtigen )?(?:menschen|mensch|mitarbeiter|mitarbeiterin|person|berater|beraterin|techniker|ansprechpartner|kundenservice|kundendienst|support) (?:sprechen|reden|verbinden|chatten|telefonieren)\b/,
  /\b(?:mit jemandem|jemanden) (?:sprechen|reden)\b/,
  /\b(?:rufen sie mich|ruft mich|ruf mich) (?:bitte )?(?:an|zuruck)\b/,
  /\b(?:ruckruf|verbinden sie mich|echten menschen|echter mensch|echte person)\b/,
  /\bhablar con (?:una |un |el |la |algun |alguna )?(?:persona|humano|agente|asesor|asesora|operador|operadora|tecnico|alguien|encargado|responsable|supervisor|soporte|atencion al cliente|servicio al cliente)\b/,
  /\b(?:persona real|llamame|llamenme|me (?:pueden|puede|podeis|podrian|podria) llamar|(?:paseme|pasame|comunicame|comuniqueme) con|hay (?:alguien|una persona|un humano))\b/,
  /\bparler (?:a|avec) (?:un |une |le |la |votre )?(?:vrai |vraie )?(?:humain|personne|conseiller|conseillere|agent|operateur|operatrice|technicien|responsable|service client|support|quelqu'un)\b/,
  /\b(?:vrai humain|vraie personne|rappelez moi|appelez moi|mettez moi en relation|y a t il (?:quelqu'un|un humain|une personne))\b/,
];

const ZH_HUMAN_ANYWHERE = [
  '人工客服',
  '转人工',
  '人工服务',
  '找人工',
  '要人工',
  '人工坐席',
  '真人',
  '工作人员',
  '客服人员',
  '联系客服',
  '找客服',
  '打电话给我',
  '给我打电话',
  '回电话',
  '回个电话',
];
const ZH_HUMAN_ALONE = ['人工', '客服', '转接', '找人', '有人', '有人吗', '帮助', '帮忙', '求助'];
const ZH_OPENERS = [
  '请',
  '麻烦',
  '帮我',
  '我要',
  '我想要',
  '我想',
  '我需要',
  '给我',
  '能不能',
  '可以',
  '你好',
  '您好',
  '那就',
  '那么',
  '那',
];
const ZH_CLOSERS = ['吧', '吗', '谢谢', '好吗', '可以吗', '一下', '啊', '呀', '呢', '在吗'];

/** Chinese: 人工客服, 转人工, 我要人工, 有人吗; not 不要人工客服. */
export function hanAsksForHuman(han: string): boolean {
  return hanSays(han, ZH_HUMAN_ANYWHERE) || ZH_HUMAN_ALONE.includes(trimHan(han, ZH_OPENERS, ZH_CLOSERS));
}

// ---------------------------------------------------------------------------------------------
// Cancel

const CANCEL_VERBS = wordSet(
  'stornieren storniere stornierung storno abbrechen zuruckziehen zurucknehmen zuruck cancelar cancela cancele cancelen cancelalo cancelala cancelarlo cancelarla anular anula anule anulalo anularlo annuler annulez annule annulons',
);
// Every other word of a cancel clause is one of these: "ich möchte meine Reklamation bitte stornieren".
const CANCEL_CLAUSE_WORDS = wordSet(
  'ich wir mochte mochten will wollen bitte die den das meine meinen mein unsere unseren reklamation fall vorgang antrag anfrage rma ruckgabe retoure garantiefall garantieanfrage ticket sie konnen konnten kann gerne jetzt sofort doch lieber einfach alles danke ja ok okay also dann es ihn ziehe nehme hallo ' +
    'quiero quisiera deseo necesito me gustaria por favor la el mi reclamacion reclamo caso solicitud devolucion garantia incidencia todo lo puede pueden podria podrian puedes si vale ya entonces mejor gracias hola prefiero tramite proceso esta este esto ' +
    "je veux voudrais souhaite souhaiterais prefere ma le mon demande dossier retour s'il plait svp merci oui alors bonjour tout finalement plutot ce cette vous pouvez pourriez",
);
/** "wenn der Ersatz nicht kommt, stornieren", "sinon annulez": a condition, not a request. */
const CONDITIONS = /\b(?:wenn|falls|sonst|ansonsten|sinon|en caso|au cas)\b/;

/** "si el reemplazo no llega", "si le remplacement tarde": an if; "sí", "si cancela" (a yes without its accent) are not. */
function opensWithIf(clause: string): boolean {
  const words = clause.split(' ');
  return words[0] === 'si' && words.length > 1 && !CANCEL_VERBS.has(words[1]!);
}

function cancelClauseForeign(clause: string): boolean {
  const words = clause.split(' ');
  if (words.length > 12 || !words.some((w) => CANCEL_VERBS.has(w))) return false;
  return words.every((w) => CANCEL_VERBS.has(w) || CANCEL_CLAUSE_WORDS.has(w));
}

const NEVER_MIND_FOREIGN =
  /^(?:(?:ok|okay|also|na|ach|bon|bueno|pues|ah|oh) )*(?:vergiss es|vergessen sie es|hat sich erledigt|olvidalo|olvidelo|dejalo|laissez tomber|laisse tomber|oubliez ca|oubliez|oublie ca|oublie)(?: (?:danke|gracias|merci|dann|entonces|alors))*$/;
const NO_LONGER_NEEDED_FOREIGN = [
  /\b(?:brauche|brauchen|benotige|benotigen) (?:ich |wir )?(?:das |es |sie |ihn |den ersatz |die reklamation |die rma )?nicht mehr\b/,
  /\b(?:ist|wird) nicht mehr (?:notig|noetig|erforderlich)\b/,
  /\bya no (?:lo |la )?(?:necesito|necesitamos|hace falta|es necesario|quiero|queremos)\b/,
  /\b(?:n'en ai|n'en avons|n'en a) plus besoin\b/,
  /\bplus besoin\b/,
];

/** A request to cancel the claim in German, Spanish or French. */
export function asksToCancelForeign(plain: string, clauses: string[]): boolean {
  if (CONDITIONS.test(plain) || clauses.some(opensWithIf)) return false;
  if (NEVER_MIND_FOREIGN.test(plain) || NO_LONGER_NEEDED_FOREIGN.some((p) => p.test(plain))) return true;
  return clauses.some((c) => cancelClauseForeign(c) && !c.split(' ').some(isForeignNegation));
}

const ZH_CANCEL = [
  '取消',
  '取消申请',
  '取消售后',
  '取消退货',
  '取消退换货',
  '取消换货',
  '取消保修',
  '取消维修',
  '取消工单',
  '取消这个',
  '取消这个申请',
  '取消本次申请',
  '撤回',
  '撤回申请',
  '撤销',
  '撤销申请',
  '算了',
  '不需要了',
];
const ZH_CANCEL_OPENERS = [...ZH_OPENERS, '还是', '直接', '我们', '算了', '好吧', '好的'];
const ZH_CANCEL_CLOSERS = ['吧', '谢谢', '吗', '啊', '一下', '掉', '好吗', '可以吗', '呢', '我的'];

/** Chinese: 取消, 请取消申请, 算了吧; not 取消订单 (the order) or 不要取消. */
export function hanAsksToCancel(han: string): boolean {
  // 算了 opens a request ("算了，取消吧") and is one ("算了吧").
  return ZH_CANCEL.includes(trimHan(han, ZH_CANCEL_OPENERS, ZH_CANCEL_CLOSERS)) || ZH_CANCEL.includes(trimHan(han, [], ZH_CANCEL_CLOSERS));
}

// ---------------------------------------------------------------------------------------------
// A new claim

const NEW_CLAIM_FOREIGN = [
  /\b(?:neue|neuen|neuer|neues|weitere|weiteren|weiteres|zweite|zweiten|zweites|separate|separaten|zusatzliche|zusatzlichen) (?:reklamation|fall|rma|ruckgabe|retoure|ticket|anfrage|garantiefall|vorgang|antrag|garantieanfrage)\b/,
  /\bnoch (?:eine|einen|ein) (?:reklamation|fall|rma|ruckgabe|retoure|ticket|anfrage|garantiefall|vorgang|antrag)\b/,
  /\b(?:nueva|nuevo|otra|otro|segunda|segundo) (?:reclamacion|reclamo|caso|rma|devolucion|solicitud|ticket|incidencia|garantia)\b/,
  /\b(?:nouvelle|nouveau|autre|deuxieme|seconde) (?:reclamation|demande|dossier|rma|retour|ticket)\b/,
];
const ANOTHER_FAULTY_FOREIGN = [
  /\b(?:noch ein|noch einen|noch eine|ein weiteres|einen weiteren|eine weitere|ein zweites|einen zweiten|eine zweite) (?:defektes |defekten |defekte |kaputtes |kaputten |kaputte )?(?:gerat|teil|switch|router|netzteil|modul|sfp|artikel|produkt|transceiver|karte)\b/,
  /\b(?:tengo|tenemos) (?:tambien )?(?:otro|otra|un segundo|una segunda) (?:equipo|articulo|aparato|dispositivo|switch|router|modulo|sfp|fuente|producto|unidad)\b/,
  /\b(?:j'ai|nous avons|on a) (?:aussi |egalement )?(?:un autre|une autre|un deuxieme|une deuxieme|un second|une seconde) (?:appareil|article|equipement|switch|routeur|module|sfp|produit|bloc|carte)\b/,
];
const OPEN_VERBS = wordSet(
  'eroffnen aufmachen anlegen starten erstellen einreichen melden abrir crear iniciar empezar presentar poner hacer ouvrir creer faire lancer deposer soumettre',
);

/** A new claim in German, Spanish or French: a short "neue Reklamation", or one with a verb, or another faulty unit. */
export function asksForNewClaimForeign(clauses: string[]): boolean {
  return clauses.some((clause) => {
    const words = clause.split(' ');
    if (words.some(isForeignNegation)) return false;
    if (ANOTHER_FAULTY_FOREIGN.some((p) => p.test(clause))) return true;
    return NEW_CLAIM_FOREIGN.some((p) => p.test(clause)) && (words.length <= 8 || words.some((w) => OPEN_VERBS.has(w)));
  });
}

const ZH_NEW_CLAIM = [
  '新的申请',
  '新申请',
  '新建申请',
  '新的售后',
  '新售后',
  '再申请一个',
  '另一个申请',
  '另外一个申请',
  '再开一个',
  '新工单',
  '新的工单',
  '再提交一个',
  '新的保修',
  '另一台也坏',
  '还有一台坏',
  '又坏了一台',
  '另一个也坏',
];

export function hanAsksForNewClaim(han: string): boolean {
  return hanSays(han, ZH_NEW_CLAIM);
}

// ---------------------------------------------------------------------------------------------
// Questions

export const QUESTION_OPENERS_FOREIGN = wordSet(
  'hallo hola bonjour salut kurze eine frage una pregunta une question also und y et bueno pues alors noch dann entonces danke gracias merci',
);
export const QUESTION_WORDS_FOREIGN = wordSet(
  'wie was wann wo warum wer welche welcher welches wieviel wieviele wohin wieso weshalb ist sind kann konnen muss mussen gibt habe hat bin wird werden darf durfen como que cuando donde por porque quien cual cuales cuanto cuanta cuantos cuantas puedo puede pueden hay tengo debo es esta se comment quoi quand ou pourquoi qui quel quelle quels quelles combien est puis dois faut peut peux',
);
export const ASKED_NOUNS_FOREIGN =
  /\b(?:stand|estado|statut|etat|adresse|direccion|kosten|costo|coste|cout|frais|gebuhr|gebuhren|garantie|garantia|frist|plazo|delai|neuigkeiten|novedades|nouvelles)\b/;

const AS_IS =
  /\b(?:wie besehen|fur bastler|ungetestet|nicht getestet|als defekt|ohne garantie|tal cual|sin probar|para piezas|para repuestos|sin garantia|en l'etat|pour pieces|non teste|sans garantie)\b/;
const DOA =
  /\b(?:defekt angekommen|tot angekommen|defekt geliefert|bei ankunft defekt|bei lieferung defekt|llego (?:muerto|roto|rota|defectuoso|defectuosa|averiado)|no funciono al llegar|arrive (?:mort|en panne|defectueux|hs|casse)|mort a l'arrivee|defectueux a l'arrivee|hs a la reception|des la reception)\b/;
const SHIPPING_AND_COST =
  /\b(?:versandkosten|rucksendekosten|portokosten|porto|gastos de envio|costes de envio|costo de envio|frais de port|frais d'envoi|frais de retour|frais de renvoi)\b/;
const SHIPPING =
  /\b(?:versand|ruckversand|rucksendung|zuruckschicken|zurucksenden|zoll|zollgebuhren|rucksendeetikett|versandetikett|etikett|spedition|envio|enviar|devolver|reenviar|transporte|mensajeria|paqueteria|aduana|aduanas|etiqueta|mandar|portes|envoi|expedition|livraison|renvoyer|renvoi|transporteur|douane|douanes|etiquette|colissimo)\b/;
const COST =
  /\b(?:kosten|kostet|bezahlen|zahlen|zahlt|gebuhr|gebuhren|kostenlos|gratis|ubernimmt|ubernehmen|preis|teuer|pagar|paga|pago|costo|coste|cuesta|cuestan|gratuito|cargo|cubre|cubren|precio|payer|paye|paie|cout|coute|coutent|frais|gratuit|gratuitement|prix|charge)\b/;
const REFUND =
  /\b(?:ruckerstattung|erstattung|erstatten|erstattet|geld zuruck|mein geld|gutschrift|reembolso|reembolsar|reembolsan|devolucion del dinero|mi dinero|abono|remboursement|rembourser|rembourse|rembourses|mon argent)\b/;
const REFUND_TIME =
  /\b(?:wann|wie lange|wie schnell|status|dauert|tage|wochen|noch|schon|bearbeitet|bekomme|erhalten|cuando|cuanto tiempo|tarda|tardan|dias|semanas|estado|todavia|aun|donde|recibo|recibire|quand|combien de temps|delai|jours|semaines|statut|toujours|encore|ou en est)\b/;
const RETURN_ADDRESS =
  /\b(?:rucksendeadresse|retourenadresse|lageradresse|an welche adresse|welche adresse|ihre adresse|eure adresse|wohin (?:soll|muss|kann|schicke|sende)|direccion de devolucion|que direccion|vuestra direccion|su direccion|a donde (?:lo |la )?(?:envio|mando|devuelvo)|donde (?:lo |la )?(?:envio|mando|devuelvo)|adresse de retour|quelle adresse|votre adresse|ou (?:dois je|faut il|je dois) (?:l'|le |la )?(?:envoyer|renvoyer|retourner|expedier)|ou (?:envoyer|renvoyer))\b/;
const INTAKE =
  /\b(?:warum (?:brauchen|benotigen|wollen) sie|was (?:brauchen|benotigen) sie|welche (?:unterlagen|infos|informationen|fotos|angaben|dokumente)|was (?:muss|soll) ich (?:schicken|senden|hochladen|mitschicken|angeben)|por que (?:necesitan|necesitais|necesita|piden)|que (?:necesitan|necesitais|necesita)|que (?:informacion|datos|documentos|fotos) (?:necesitan|hacen falta|hace falta)|que tengo que (?:enviar|mandar|subir|adjuntar)|pourquoi (?:avez vous besoin|vous faut il)|de quoi avez vous besoin|quelles (?:informations|infos|photos|pieces)|que dois je (?:envoyer|fournir|joindre))\b/;
const WHY = /\b(?:warum|wieso|weshalb|por que|porque|pourquoi)\b/;
const INTAKE_THINGS = /\b(?:foto|fotos|bild|bilder|seriennummer|logs|video|registro|numero de serie|photo|photos)\b/;
const WARRANTY = /\b(?:garantie|gewahrleistung|garantia)\b/;
const WARRANTY_TIME =
  /\b(?:wie lange|lange|tage|monate|jahre|lauft|ablauf|abgelaufen|endet|noch|gultig|bis wann|wann|zeitraum|dauer|frist|cuanto|cuanto tiempo|dura|duracion|dias|meses|anos|vence|vencida|caduca|expira|todavia|vigente|hasta cuando|cuando|plazo|periodo|combien de temps|dure|duree|jours|mois|ans|annee|expire|expiree|fin|finit|toujours|encore|valable|jusqu'a|quand|delai|periode)\b/;
const NOT_COVERED =
  /\b(?:nicht abgedeckt|abgedeckt|ausgeschlossen|ausschluss|ausschlusse|erlischt|verfallt|deckt|gedeckt|cubre|cubierto|cubierta|cobertura|excluido|excluidos|exclusiones|invalida|couvert|couverte|couvre|couverture|exclu|exclus|exclusion|exclusions|annule la garantie)\b/;
const STATUS =
  /\b(?:stand|neuigkeiten|wie weit|fortschritt|gibt es neues|wo ist mein (?:ersatz|paket|gerat|fall)|estado|novedades|como va|alguna novedad|progreso|donde esta mi (?:reemplazo|paquete|caso|pedido|equipo)|statut|nouvelles|ou en est|ou en sommes|avancement|ou est mon (?:remplacement|colis|dossier))\b/;

/** The topic of a German, Spanish or French question, in the order intents.ts checks the English ones. */
export function foreignTopicOf(plain: string): QuestionTopic | null {
  if (AS_IS.test(plain)) return 'as_is';
  if (DOA.test(plain)) return 'doa_window';
  if (SHIPPING_AND_COST.test(plain) || (SHIPPING.test(plain) && COST.test(plain))) return 'shipping_cost';
  if (REFUND.test(plain) && REFUND_TIME.test(plain)) return 'refund_timing';
  if (RETURN_ADDRESS.test(plain)) return 'return_address';
  if (INTAKE.test(plain) || (WHY.test(plain) && INTAKE_THINGS.test(plain))) return 'intake_needs';
  if (WARRANTY.test(plain) && WARRANTY_TIME.test(plain)) return 'warranty_window';
  if (NOT_COVERED.test(plain)) return 'not_covered';
  if (WARRANTY.test(plain)) return 'warranty_window';
  if (STATUS.test(plain)) return 'status';
  return null;
}

/** Thanks in German, Spanish, French; courtesy words around them. */
export const THANKS_FOREIGN = wordSet('danke dankeschon dank gracias merci');
export const COURTESY_FOREIGN = wordSet(
  'vielen besten herzlichen schon sehr muchas mil muy amable beaucoup bien super prima perfekt genial parfait vale gut',
);

// Chinese questions: a question mark is often left out, so a question particle or word marks one.
const ZH_QUESTION = [
  '吗',
  '呢',
  '么',
  '谁',
  '哪',
  '几',
  '多久',
  '多少',
  '怎么',
  '为什么',
  '是否',
  '能不能',
  '可不可以',
  '有没有',
  '何时',
  '多长',
];
const ZH_TOPICS: ReadonlyArray<readonly [QuestionTopic, readonly string[]]> = [
  ['as_is', ['按现状', '现状出售', '未测试', '不保修的', '仅作配件']],
  ['doa_window', ['到货即坏', '到货就坏', '收到就坏', '开箱即坏', '开箱就坏', '到手就坏', '到货不工作', '到货不能用']],
  ['shipping_cost', ['运费', '邮费', '快递费', '寄回费用', '关税']],
  ['refund_timing', ['退款', '退钱', '到账']],
  ['return_address', ['退货地址', '寄回地址', '寄到哪', '发到哪', '寄去哪', '寄回哪', '你们的地址', '地址是什么', '什么地址']],
  [
    'intake_needs',
    ['需要什么', '需要提供什么', '要提供什么', '为什么要照片', '为什么需要', '为什么要序列号', '要什么资料', '需要哪些', '为什么要拍'],
  ],
  ['not_covered', ['不保修', '保修范围', '不在保修', '不包括', '免责', '失效']],
  ['warranty_window', ['保修', '质保', '保固']],
  ['status', ['进度', '状态', '进展', '怎么样了', '到哪了', '处理得怎么样', '有消息', '什么时候发货']],
];
const ZH_THANKS = ['谢谢', '多谢', '感谢', '谢了', '谢谢你', '谢谢您', '非常感谢', '好的谢谢', '好的谢谢你', '好谢谢', '谢啦'];

/** A Chinese question's topic, or the thanks; null when it is no question or its topic is unknown. */
export function hanTopicOf(han: string, text: string): QuestionTopic | null {
  if (ZH_THANKS.includes(han)) return 'thanks';
  if (!text.includes('?') && !text.includes('？') && !hanHas(han, ZH_QUESTION)) return null;
  for (const [topic, phrases] of ZH_TOPICS) if (hanHas(han, phrases)) return topic;
  return null;
}
