// Short answers in German, Spanish and French (on plainWords: lower case, accents dropped, so "ça
// marche" is "ca marche" and "läuft" is "lauft") and in Chinese (on hanText), for parse.ts: yes or no to
// a question of the bot, and whether troubleshooting fixed the fault (issue 19). parse.ts checks these
// beside its English patterns, in the same order, so a customer may mix languages. No pattern has nested
// or adjacent quantifiers.
import { hanHas, trimHan } from './hanPhrases.ts';

// ---------------------------------------------------------------------------------------------
// Fixed or still failing

/** A fault that went away: "keine Fehler mehr", "ya no falla", "ne plante plus". */
export const FAULT_GONE_LATIN =
  /\b(?:keine (?:fehler|probleme|abbruche|ausfalle|storungen|alarme|neustarts|absturze) mehr|kein (?:fehler|problem|absturz|neustart) mehr|(?:sturzt|fallt|bricht) nicht mehr (?:ab|aus)|startet nicht mehr neu|ya no (?:falla|se cae|se reinicia|se apaga|da (?:error|errores|problemas|fallos)|hay (?:errores|problemas|fallos))|no (?:hay|tiene) mas (?:errores|problemas|fallos)|plus d'erreurs?|plus de (?:probleme|problemes|coupures?|plantages?|redemarrages?|erreurs?)|ne (?:plante|redemarre|coupe|tombe|decroche) plus)\b/;

/** Still failing: "funktioniert immer noch nicht", "sigue sin funcionar", "toujours en panne". */
export const STILL_FAILING_LATIN =
  /\b(?:immer noch|noch immer|weiterhin|nach wie vor|nicht behoben|nicht gelost|nicht repariert|(?:funktioniert|funktionierts|geht|gehts|lauft|klappt)(?: es| er| sie| das| jetzt| leider| trotzdem)? (?:nicht|immer noch nicht|noch nicht|nicht mehr)|hat (?:nicht|nichts) (?:geholfen|funktioniert|geklappt|gebracht|geandert)|nicht geholfen|hilft nicht|keine (?:anderung|besserung|veranderung|verbesserung)|(?:das )?(?:gleiche|selbe|dasselbe) (?:problem|fehler|ergebnis|bild)|kaputt|defekt|ausgefallen|fehlgeschlagen|schlechter|sigue (?:sin|fallando|igual|roto|rota|muerto|muerta|mal|con|dando|apagado|apagada|sin funcionar)|todavia (?:no|falla|sin)|aun (?:no|falla|sin)|no (?:funciona|funciono|va|anda|sirve|sirvio|arranca|enciende|ha (?:funcionado|servido|cambiado|ayudado))|ya no funciona|no (?:se )?(?:ha )?(?:solucionado|arreglado|resuelto)|no (?:ha )?cambiado nada|mismo (?:problema|error|fallo|resultado)|(?:lo |la )?misma falla|falla|fallando|roto|rota|peor|toujours (?:en panne|pas|le meme|la meme|mort|morte|hs|defectueux|defectueuse|en erreur|pareil|bloque|bloquee|la)|ne (?:marche|fonctionne|demarre|s'allume) (?:toujours |plus |pas |toujours pas)|(?:marche|fonctionne) (?:toujours )?pas|n'a (?:pas|rien) (?:marche|fonctionne|aide|change|resolu|regle|repare)|rien n'a change|aucun changement|pas (?:regle|resolu|repare|mieux)|meme (?:probleme|erreur|panne|resultat)|en panne|hs|pire)\b/;

/** A no at the start: "nein", "non", "nee" ("no" is English and Spanish alike). */
export const NO_START_LATIN = /^(?:nein|nee|ne|no|non|nope|negativ|negativo|negatif|leider nicht|leider nein|pas du tout)\b/;

/** "no problem", "kein Problem": not a no; a yes to a question, and no answer to "fixed or still failing". */
export const NO_PROBLEM =
  /^(?:no (?:problem|problemo|worries|hay problema|pasa nada)|kein (?:problem|thema|ding)|keine sorge|sin problema|ningun problema|pas de (?:probleme|souci|soucis)|aucun (?:probleme|souci))\b/;

/** Fixed: "funktioniert jetzt", "geht wieder", "ya funciona", "ça marche". */
export const FIXED_LATIN =
  /\b(?:(?:funktioniert|funktionierts|geht|gehts|lauft|klappt)(?: es| er| sie| das| alles)? (?:jetzt|wieder|nun|endlich)|es funktioniert|(?:hat|haben) (?:geholfen|funktioniert|geklappt)|behoben|gelost|repariert|alles (?:gut|ok|okay|klar|in ordnung|bestens|wieder gut)|passt (?:jetzt|wieder)|ya (?:funciona|va|anda|esta|sirve|arranca|enciende)|(?:funciona|anda|va) (?:ya|ahora|de nuevo|otra vez|bien)|ahora (?:funciona|va|anda)|funciono|arreglado|arreglada|solucionado|solucionada|resuelto|resuelta|todo (?:bien|ok|correcto|perfecto)|ca (?:marche|fonctionne|remarche|refonctionne|va mieux|a (?:marche|fonctionne|regle))|(?:marche|fonctionne) (?:maintenant|a nouveau|de nouveau|bien)|remarche|refonctionne|c'est (?:bon|regle|repare|resolu|ok)|regle|resolu|repare|tout (?:est bon|va bien|est ok|fonctionne|marche)|probleme (?:resolu|regle))\b/;

/** A bare yes, taken as fixed like the English "yes": "ja", "sí", "oui". */
export const YES_ALONE_LATIN = /^(?:ja|jawohl|jep|jo|si|sip|oui|ouais|claro|genau|exacto|exact)$/;

/** "ja, aber nur auf Port 2", "pero solo a veces", "mais seulement": a fixed with a doubt goes to staff. */
export const DOUBTFUL_LATIN =
  /\b(?:aber|nur|manchmal|ab und zu|anderen|anderes|andere|pero|solo|a veces|otro|otra|mais|seulement|parfois|autre)\b/;

// Chinese, read on hanText of a short message.
const ZH_FAULT_GONE = [
  '没问题',
  '没有问题了',
  '没有报错了',
  '没报错了',
  '不报错了',
  '不再报错',
  '不掉线了',
  '不再掉线',
  '不再重启',
  '不重启了',
  '没再出现',
  '不再出现',
  '没有再出现',
  '没有告警了',
  '告警消失',
  '故障消失',
  '问题消失',
];
const ZH_STILL_FAILING = [
  '还是不',
  '还是没',
  '还是坏',
  '还是有问题',
  '还是一样',
  '还是报错',
  '还是掉线',
  '还是重启',
  '还不行',
  '仍然',
  '依然',
  '仍旧',
  '照样',
  '不工作',
  '不能工作',
  '还有问题',
  '一样的问题',
  '同样的问题',
  '没用',
  '没有用',
  '没效果',
  '无效',
  '没有效果',
  '没变化',
  '没有变化',
  '没好',
  '没修好',
  '没解决',
  '没有解决',
  '未解决',
  '不能用',
  '用不了',
  '不好使',
  '不管用',
  '不行',
  '不好',
  '坏了',
  '坏的',
  '故障',
  '失败',
  '更糟',
  '更差',
  '死机',
];
const ZH_FIXED = [
  '好了',
  '修好',
  '可以了',
  '正常了',
  '恢复了',
  '恢复正常',
  '解决了',
  '已解决',
  '能用了',
  '好用了',
  '可以用了',
  '工作了',
  '正常工作',
  '行了',
  'ok了',
  '搞定',
  '弄好',
  '没事了',
  '成功了',
  '有效',
  '管用',
];
const ZH_DOUBTS = ['但', '不过', '只有', '只是', '有时', '偶尔', '其他', '另一', '别的', '吗', '么'];
const ZH_ANSWER_OPENERS = ['嗯', '哦', '噢', '呃', '啊', '那', '是的', '对'];
const ZH_ANSWER_CLOSERS = ['吧', '啊', '呀', '了', '谢谢', '谢谢你', '呢', '哈', '啦', '的'];

/** Chinese "fixed" or "still failing": 好了, 修好了, 还是不行, 仍然不工作; null when neither or doubtful. */
export function hanTroubleshooting(han: string): 'fixed' | 'still_failing' | null {
  if (hanHas(han, ZH_FAULT_GONE)) return hanHas(han, ZH_DOUBTS) ? null : 'fixed';
  if (hanHas(han, ZH_STILL_FAILING)) return 'still_failing';
  const core = trimHan(han, ZH_ANSWER_OPENERS, ZH_ANSWER_CLOSERS);
  if (['不', '没有', '没', '否', '不是'].includes(core)) return 'still_failing';
  const fixed = hanHas(han, ZH_FIXED) || ['是', '对', '嗯', '好', '行', '可以'].includes(core);
  return fixed && !hanHas(han, ZH_DOUBTS) ? 'fixed' : null;
}

// ---------------------------------------------------------------------------------------------
// Yes or no

/** "weiß nicht", "no sé", "je ne sais pas", "peut-être": neither. */
export const UNSURE_LATIN =
  /^(?:weiss (?:nicht|ich nicht)|ich weiss (?:nicht|es nicht)|keine ahnung|nicht sicher|vielleicht|mal sehen|no (?:se|lo se|estoy seguro|estoy segura)|ni idea|quizas|quiza|tal vez|a lo mejor|je (?:ne )?sais pas|j'sais pas|sais pas|aucune idee|pas sur|pas sure|peut etre|je ne suis pas sur)\b/;

/** A no anywhere: "nicht stornieren", "offen lassen", "no cancelar", "ne pas annuler", "gardez-le". */
export const NO_PHRASES_LATIN =
  /\b(?:nicht (?:stornieren|abbrechen|schliessen|zuruckziehen|loschen)|bitte nicht|offen lassen|lass(?:en sie)? (?:es|ihn|sie|den fall|die reklamation) offen|behalten|no (?:cancelar|canceles|cancele|cancelen|lo canceles|la canceles|lo cancele|anular|lo anules|cerrar)|mantener(?:lo|la)? abierto|dejalo abierto|dejala abierta|ne (?:pas )?(?:annuler|annulez|fermer|fermez)|n'annulez pas|n'annule pas|garder|gardez|laisser ouvert|laissez(?: le| la)? ouvert)\b/;

export const NO_START_ANSWER_LATIN =
  /^(?:nein|nee|no|non|nicht|negativ|negativo|negatif|jamais|nunca|niemals|auf keinen fall|de ninguna manera|pas question)\b/;

export const YES_START_LATIN =
  /^(?:ja|jawohl|jep|jo|klar|sicher|genau|gerne|gern|einverstanden|bestatige|bestatigt|richtig|naturlich|selbstverstandlich|auf jeden fall|mach das|machen sie das|si|sip|claro|vale|de acuerdo|por supuesto|correcto|confirmo|confirmado|adelante|hazlo|dale|exacto|efectivamente|oui|ouais|d'accord|dac|bien sur|absolument|tout a fait|je confirme|confirme|allez y|vas y|exact|volontiers|evidemment)\b/;

export const YES_PHRASES_LATIN =
  /\b(?:bitte stornieren|stornieren bitte|bitte abbrechen|ja bitte|cancelar por favor|por favor cancela|cancelalo|cancelala|si cancela|annulez|annuler s'il vous plait|annulez la|annulez le)\b/;

const ZH_UNSURE = ['不知道', '不确定', '不清楚', '也许', '可能', '说不好', '再想想', '考虑一下', '不一定'];
const ZH_YES = [
  '是',
  '好',
  '对',
  '嗯',
  '行',
  '可以',
  '确认',
  '确定',
  '没问题',
  '当然',
  '要',
  '需要',
  '同意',
  '取消',
  '确认取消',
  'ok',
  '好滴',
  '对头',
];
const ZH_NO = ['不', '不对', '不行', '没有', '没', '否', '不必', '保留', '留着', '继续', '先别'];
const ZH_NO_STARTS = ['不是', '不要', '不用', '不需要', '别', '不了', '不取消', '否', '暂时不', '先不', '还是不要'];
const ZH_YES_OPENERS = ['嗯', '哦', '噢', '呃', '那', '那就', '请', '麻烦', '您', '你'];

/** A Chinese yes or no: 是, 是的, 好, 对, 可以 / 不, 不是, 不要, 别取消; null when unsure or neither. */
export function hanYesNo(han: string): 'yes' | 'no' | null {
  if (hanHas(han, ZH_UNSURE)) return null;
  const core = trimHan(han, ZH_YES_OPENERS, ZH_ANSWER_CLOSERS);
  if (ZH_NO.includes(core) || ZH_NO_STARTS.some((s) => core.startsWith(s))) return 'no';
  if (ZH_YES.includes(core)) return 'yes';
  // "是的，取消吧", "好的请取消": a yes word first, no negation after it.
  const opensYes = ['是的', '好的', '对的', '确认', '确定', '可以', '没问题'].some((s) => core.startsWith(s));
  return opensYes && !core.includes('不') && !core.includes('别') ? 'yes' : null;
}
