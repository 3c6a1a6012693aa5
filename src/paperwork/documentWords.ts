// The RMA document's words in each language the desk speaks (issue 19). Values (the RMA number, the
// case reference, amounts, days, the contact address) are filled in here, never typed into the text.
import type { Language } from '../i18n/languages.ts';

export interface DocumentWords {
  title: string;
  returnsDesk: (email: string) => string;
  rmaNumber: string;
  caseReference: string;
  order: string;
  partNumber: string;
  description: string;
  serialNumber: string;
  claim: string;
  issued: string;
  claimDoa: (days: number) => string;
  claimWarranty: (days: number) => string;
  claimApproved: string;
  shipTo: string;
  howToReturn: string;
  steps: (rma: string) => string[];
  shippingCosts: string;
  costs: (cap: string) => string;
  questions: (email: string, ref: string, rma: string) => string;
  writeAddress: string;
  cutHere: string;
  authorizedReturn: string;
  labelLine: (ref: string, order: string, item: string) => string;
  labelShipTo: string;
  labelWarning: string;
  /** A claim for several units: the row on page 1, and the list of units after it. */
  unitsRow: (count: number) => string;
  unitsTitle: (count: number) => string;
  unitsNote: string;
  unit: (n: number) => string;
  /** The author's subject line of the PDF file. */
  subject: (rma: string, ref: string) => string;
  fileTitle: (rma: string) => string;
}

const en: DocumentWords = {
  title: 'RETURN MERCHANDISE AUTHORIZATION',
  returnsDesk: (email) => `Returns desk: ${email}`,
  rmaNumber: 'RMA number',
  caseReference: 'Case reference',
  order: 'Order',
  partNumber: 'Part number',
  description: 'Description',
  serialNumber: 'Serial number',
  claim: 'Claim',
  issued: 'Issued',
  claimDoa: (days) => `DOA (defective on arrival, within ${days} days of delivery)`,
  claimWarranty: (days) => `Warranty (${days}-day functional warranty from delivery)`,
  claimApproved: 'Approved by our staff',
  shipTo: 'Ship the item to',
  howToReturn: 'How to return it',
  steps: (rma) => [
    'Wipe your configuration and any sensitive data from the unit.',
    'Pack it safely (anti-static bag for modules and cards, padding around it).',
    `Cut out the label below and tape it on the outside of the box, so that ${rma} is clearly visible.`,
    'Ship it to the address above and reply in the case chat with the tracking number.',
    'Do not return anything without this RMA number: unapproved returns may not be processed.',
  ],
  shippingCosts: 'Shipping costs',
  costs: (cap) =>
    `We cover return shipping and reshipping for this case, including duties, taxes and customs clearance, up to ${cap} in total. ` +
    `Anything above ${cap} must be approved by us in writing before you ship. ` +
    'Keep your shipping receipts and tracking information: we settle the costs against them.',
  questions: (email, ref, rma) => `Questions: reply in the case chat, or email ${email} with ${ref} and ${rma}.`,
  writeAddress: 'Write here the return address our staff gave you with the RMA number:',
  cutHere: 'Cut along the dashed line and tape the label on the outside of the box.',
  authorizedReturn: 'AUTHORIZED RETURN',
  labelLine: (ref, order, item) => `Case ${ref} · Order ${order} · ${item}`,
  labelShipTo: 'SHIP TO',
  labelWarning: 'Returns without a visible RMA number may not be processed.',
  unitsRow: (count) => `${count} units, listed on the next page`,
  unitsTitle: (count) => `Units on this RMA (${count})`,
  unitsNote: 'Put every unit listed here in the parcel. Each serial number is printed as a barcode for our receiving desk.',
  unit: (n) => `Unit ${n}`,
  subject: (rma, ref) => `Return authorization ${rma} for case ${ref}`,
  fileTitle: (rma) => `${rma} return authorization`,
};

const de: DocumentWords = {
  title: 'RÜCKSENDEGENEHMIGUNG (RMA)',
  returnsDesk: (email) => `Retourenabteilung: ${email}`,
  rmaNumber: 'RMA-Nummer',
  caseReference: 'Fall',
  order: 'Bestellung',
  partNumber: 'Teilenummer',
  description: 'Beschreibung',
  serialNumber: 'Seriennummer',
  claim: 'Reklamation',
  issued: 'Ausgestellt',
  claimDoa: (days) => `DOA (bei Lieferung defekt, innerhalb von ${days} Tagen nach Lieferung)`,
  claimWarranty: (days) => `Gewährleistung (${days} Tage Funktionsgewährleistung ab Lieferung)`,
  claimApproved: 'Von unserem Team genehmigt',
  shipTo: 'Senden Sie den Artikel an',
  howToReturn: 'So senden Sie ihn zurück',
  steps: (rma) => [
    'Löschen Sie Ihre Konfiguration und alle vertraulichen Daten vom Gerät.',
    'Verpacken Sie es sicher (Antistatikbeutel für Module und Karten, Polsterung rundherum).',
    `Schneiden Sie das Etikett unten aus und kleben Sie es außen auf den Karton, sodass ${rma} gut sichtbar ist.`,
    'Senden Sie es an die obige Adresse und antworten Sie im Verlauf des Falls mit der Sendungsnummer.',
    'Senden Sie nichts ohne diese RMA-Nummer zurück: Nicht genehmigte Rücksendungen werden unter Umständen nicht bearbeitet.',
  ],
  shippingCosts: 'Versandkosten',
  costs: (cap) =>
    `Wir übernehmen Rück- und Neuversand für diesen Fall einschließlich Zöllen, Steuern und Verzollung bis insgesamt ${cap}. ` +
    `Alles über ${cap} muss vor dem Versand schriftlich von uns genehmigt werden. ` +
    'Bewahren Sie Versandbelege und Sendungsdaten auf: Wir rechnen die Kosten danach ab.',
  questions: (email, ref, rma) => `Fragen: Antworten Sie im Verlauf des Falls oder schreiben Sie mit ${ref} und ${rma} an ${email}.`,
  writeAddress: 'Tragen Sie hier die Rücksendeadresse ein, die Ihnen unser Team mit der RMA-Nummer genannt hat:',
  cutHere: 'Entlang der gestrichelten Linie ausschneiden und das Etikett außen auf den Karton kleben.',
  authorizedReturn: 'GENEHMIGTE RÜCKSENDUNG',
  labelLine: (ref, order, item) => `Fall ${ref} · Bestellung ${order} · ${item}`,
  labelShipTo: 'AN',
  labelWarning: 'Rücksendungen ohne sichtbare RMA-Nummer werden unter Umständen nicht bearbeitet.',
  unitsRow: (count) => `${count} Geräte, aufgeführt auf der nächsten Seite`,
  unitsTitle: (count) => `Geräte dieser RMA (${count})`,
  unitsNote: 'Legen Sie jedes hier aufgeführte Gerät in das Paket. Jede Seriennummer ist als Barcode für unseren Wareneingang gedruckt.',
  unit: (n) => `Gerät ${n}`,
  subject: (rma, ref) => `Rücksendegenehmigung ${rma} zum Fall ${ref}`,
  fileTitle: (rma) => `Rücksendegenehmigung ${rma}`,
};

const es: DocumentWords = {
  title: 'AUTORIZACIÓN DE DEVOLUCIÓN (RMA)',
  returnsDesk: (email) => `Servicio de devoluciones: ${email}`,
  rmaNumber: 'Número de RMA',
  caseReference: 'Caso',
  order: 'Pedido',
  partNumber: 'Número de pieza',
  description: 'Descripción',
  serialNumber: 'Número de serie',
  claim: 'Reclamación',
  issued: 'Emitido',
  claimDoa: (days) => `DOA (defectuoso a la llegada, en los ${days} días siguientes a la entrega)`,
  claimWarranty: (days) => `Garantía (garantía de funcionamiento de ${days} días desde la entrega)`,
  claimApproved: 'Aprobado por nuestro equipo',
  shipTo: 'Envíe el artículo a',
  howToReturn: 'Cómo devolverlo',
  steps: (rma) => [
    'Borre su configuración y cualquier dato sensible de la unidad.',
    'Embálela con cuidado (bolsa antiestática para módulos y tarjetas, relleno alrededor).',
    `Recorte la etiqueta de abajo y péguela en el exterior de la caja, de modo que ${rma} se vea con claridad.`,
    'Envíela a la dirección indicada arriba y responda en el chat del caso con el número de seguimiento.',
    'No devuelva nada sin este número de RMA: las devoluciones no aprobadas pueden no tramitarse.',
  ],
  shippingCosts: 'Gastos de envío',
  costs: (cap) =>
    `Cubrimos el envío de devolución y el reenvío de este caso, incluidos aranceles, impuestos y despacho de aduanas, hasta ${cap} en total. ` +
    `Todo lo que supere ${cap} debe aprobarlo nuestro equipo por escrito antes del envío. ` +
    'Conserve los justificantes de envío y los datos de seguimiento: liquidamos los gastos con ellos.',
  questions: (email, ref, rma) => `Preguntas: responda en el chat del caso o escriba a ${email} indicando ${ref} y ${rma}.`,
  writeAddress: 'Escriba aquí la dirección de devolución que nuestro equipo le dio con el número de RMA:',
  cutHere: 'Recorte por la línea discontinua y pegue la etiqueta en el exterior de la caja.',
  authorizedReturn: 'DEVOLUCIÓN AUTORIZADA',
  labelLine: (ref, order, item) => `Caso ${ref} · Pedido ${order} · ${item}`,
  labelShipTo: 'ENVIAR A',
  labelWarning: 'Las devoluciones sin un número de RMA visible pueden no tramitarse.',
  unitsRow: (count) => `${count} unidades, indicadas en la página siguiente`,
  unitsTitle: (count) => `Unidades de esta RMA (${count})`,
  unitsNote:
    'Incluya en el paquete todas las unidades indicadas aquí. Cada número de serie figura como código de barras para nuestra recepción.',
  unit: (n) => `Unidad ${n}`,
  subject: (rma, ref) => `Autorización de devolución ${rma} del caso ${ref}`,
  fileTitle: (rma) => `Autorización de devolución ${rma}`,
};

const fr: DocumentWords = {
  title: 'AUTORISATION DE RETOUR (RMA)',
  returnsDesk: (email) => `Service des retours : ${email}`,
  rmaNumber: 'Numéro RMA',
  caseReference: 'Dossier',
  order: 'Commande',
  partNumber: 'Référence',
  description: 'Description',
  serialNumber: 'Numéro de série',
  claim: 'Réclamation',
  issued: 'Émis le',
  claimDoa: (days) => `DOA (défectueux à l’arrivée, dans les ${days} jours suivant la livraison)`,
  claimWarranty: (days) => `Garantie (garantie de fonctionnement de ${days} jours à compter de la livraison)`,
  claimApproved: 'Approuvé par notre équipe',
  shipTo: 'Expédiez l’article à',
  howToReturn: 'Comment le retourner',
  steps: (rma) => [
    'Effacez votre configuration et toutes les données sensibles de l’unité.',
    'Emballez-la soigneusement (sachet antistatique pour les modules et cartes, calage tout autour).',
    `Découpez l’étiquette ci-dessous et collez-la à l’extérieur du carton, de sorte que ${rma} soit bien visible.`,
    'Expédiez-la à l’adresse ci-dessus et répondez dans la conversation du dossier avec le numéro de suivi.',
    'Ne retournez rien sans ce numéro RMA : un retour non approuvé risque de ne pas être traité.',
  ],
  shippingCosts: 'Frais d’expédition',
  costs: (cap) =>
    `Nous prenons en charge le retour et la réexpédition pour ce dossier, droits de douane, taxes et dédouanement compris, jusqu’à ${cap} au total. ` +
    `Tout montant au-delà de ${cap} doit être approuvé par écrit par nos soins avant l’expédition. ` +
    'Conservez vos reçus d’expédition et vos informations de suivi : nous réglons les frais sur cette base.',
  questions: (email, ref, rma) =>
    `Questions : répondez dans la conversation du dossier, ou écrivez à ${email} en indiquant ${ref} et ${rma}.`,
  writeAddress: 'Inscrivez ici l’adresse de retour que notre équipe vous a donnée avec le numéro RMA :',
  cutHere: 'Découpez le long des pointillés et collez l’étiquette à l’extérieur du carton.',
  authorizedReturn: 'RETOUR AUTORISÉ',
  labelLine: (ref, order, item) => `Dossier ${ref} · Commande ${order} · ${item}`,
  labelShipTo: 'DESTINATAIRE',
  labelWarning: 'Un retour sans numéro RMA visible risque de ne pas être traité.',
  unitsRow: (count) => `${count} unités, listées à la page suivante`,
  unitsTitle: (count) => `Unités de ce RMA (${count})`,
  unitsNote: 'Mettez dans le colis chaque unité listée ici. Chaque numéro de série est imprimé en code-barres pour notre réception.',
  unit: (n) => `Unité ${n}`,
  subject: (rma, ref) => `Autorisation de retour ${rma} pour le dossier ${ref}`,
  fileTitle: (rma) => `Autorisation de retour ${rma}`,
};

const zh: DocumentWords = {
  title: '退货授权书（RMA）',
  returnsDesk: (email) => `退货服务台：${email}`,
  rmaNumber: 'RMA 号码',
  caseReference: '工单',
  order: '订单',
  partNumber: '部件号',
  description: '描述',
  serialNumber: '序列号',
  claim: '申请类型',
  issued: '签发日期',
  claimDoa: (days) => `DOA（到货即故障，送达后 ${days} 天内）`,
  claimWarranty: (days) => `保修（自送达起 ${days} 天功能保修）`,
  claimApproved: '经工作人员批准',
  shipTo: '商品寄至',
  howToReturn: '退货步骤',
  steps: (rma) => [
    '清除设备上的配置和所有敏感数据。',
    '妥善包装（模块和板卡请使用防静电袋，四周加填充物）。',
    `剪下下方标签，贴在箱子外侧，确保 ${rma} 清晰可见。`,
    '寄到上方地址，并在工单对话中回复运单号。',
    '没有此 RMA 号码请勿退回任何物品：未经批准的退货可能不予处理。',
  ],
  shippingCosts: '运费',
  costs: (cap) =>
    `本工单的退货运费和重新寄送费用（包括关税、税费和清关费用）由我们承担，总额上限为 ${cap}。` +
    `超出 ${cap} 的部分须在寄出前获得我们的书面批准。` +
    '请保留运费凭证和物流信息：我们据此结算费用。',
  questions: (email, ref, rma) => `如有疑问：请在工单对话中回复，或发送邮件至 ${email} 并注明 ${ref} 和 ${rma}。`,
  writeAddress: '请在此填写工作人员随 RMA 号码提供的退货地址：',
  cutHere: '沿虚线剪下，将标签贴在箱子外侧。',
  authorizedReturn: '授权退货',
  labelLine: (ref, order, item) => `工单 ${ref} · 订单 ${order} · ${item}`,
  labelShipTo: '收件地址',
  labelWarning: '未清楚标明 RMA 号码的退货可能不予处理。',
  unitsRow: (count) => `${count} 件设备，见下一页`,
  unitsTitle: (count) => `本 RMA 的设备（${count} 件）`,
  unitsNote: '请将此处列出的每件设备都放入包裹。每个序列号均印有条形码，供我们收货时扫描。',
  unit: (n) => `第 ${n} 件`,
  subject: (rma, ref) => `工单 ${ref} 的退货授权 ${rma}`,
  fileTitle: (rma) => `退货授权 ${rma}`,
};

export const DOCUMENT_WORDS: Record<Language, DocumentWords> = { en, de, es, fr, zh };
