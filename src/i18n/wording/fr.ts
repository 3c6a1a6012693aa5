// French messages of the case notices; keys and placeholders as in en.ts.
import type { WordingKey } from './en.ts';

export const fr: Record<WordingKey, string> = {
  // Buttons
  'button.fixed': 'C’est réglé',
  'button.still_failing': 'Toujours en panne',
  'button.cancel': 'Annuler ma réclamation',
  'button.confirm_cancel': 'Oui, annuler',
  'button.keep': 'Non, le garder ouvert',
  'button.approve': 'Approuver',
  'button.deny': 'Refuser',
  'button.request_info': 'Demander des informations',

  // Shared pieces
  'kind.doa': 'DOA (défectueux à l’arrivée)',
  'kind.warranty': 'garantie de {days} jours',
  'customer.person': 'Pour joindre une personne de notre équipe, écrivez simplement « parler à quelqu’un ».',
  'customer.new_claim': 'Pour ouvrir une nouvelle réclamation, envoyez son numéro de commande ou écrivez « nouvelle réclamation ».',
  'customer.closed.rma_expired': 'clôturé car le RMA a expiré sans expédition',
  'customer.closed.no_response': 'clôturé faute de réponse',
  'customer.closed.resolved': 'résolu',
  'customer.closed.declined': 'refusé',
  'customer.closed.cancelled': 'annulé',

  // Intake questions
  'customer.opened':
    'Bonjour, ici le service des retours. J’ai ouvert le dossier {ref} pour votre réclamation (DOA ou garantie). Je vais vous demander, une chose à la fois, les éléments exigés par notre politique de retour : numéro de commande, référence, photo de l’étiquette du numéro de série, photo de l’installation, description de la panne et éléments justificatifs. Vous pouvez me poser des questions à chaque étape. {person}',
  'customer.ask.order_number': 'Quel est votre numéro de commande ?',
  'customer.ask.item':
    'La commande {order} contient {count, plural, one {# article} other {# articles}}. Pour lequel faites-vous cette réclamation ? Répondez par son numéro dans la liste ou par sa référence (plusieurs en panne ? indiquez leurs numéros, par ex. 1, 3) :',
  'customer.ask.serial_number': 'Merci de saisir le numéro de série (SN) imprimé sur l’étiquette de l’article {part}.',
  'customer.ask.serial_number.unit': 'Merci de saisir le numéro de série (SN) imprimé sur l’étiquette de l’équipement.',
  'customer.ask.serial_photo':
    'Merci d’envoyer une photo de l’étiquette du numéro de série, sur laquelle l’étiquette est entièrement lisible.',
  'customer.ask.install_photo':
    'Merci d’envoyer une photo de l’installation : comment l’équipement est monté en baie et raccordé (alimentation, câbles, optiques).',
  'customer.ask.fault_description': 'Merci de décrire la panne : ce qui se passe, depuis quand, et ce que vous avez déjà essayé.',
  'customer.ask.evidence':
    'Merci d’envoyer des éléments justificatifs : vidéo, captures d’écran, logs de test ou sortie console (par exemple `show version`, `show inventory`, `show logging`). Vous pouvez coller la sortie directement sous forme de texte.',
  'customer.ask.troubleshooting': 'Ces vérifications ont-elles résolu le problème ? Répondez « réglé » ou « toujours en panne ».',
  'customer.ask.tracking_number': 'Merci de m’envoyer le numéro de suivi dès que le colis portant {rma} est expédié.',
  'customer.ask.tracking_number.no_rma': 'Merci de m’envoyer le numéro de suivi dès que le colis portant le numéro RMA est expédié.',
  'customer.ask.confirm_cancel': 'Voulez-vous annuler le dossier {ref} ? Répondez « oui » pour l’annuler ou « non » pour le garder ouvert.',
  'customer.nudge.order_number':
    'J’ai d’abord besoin du numéro de commande, tel qu’il figure sur votre facture ou votre confirmation de commande.',
  'customer.nudge.item':
    'Je n’ai pas pu déterminer de quel article il s’agit. Plusieurs articles de même référence se distinguent par leur numéro dans la liste ou leur numéro de série.',
  'customer.nudge.serial_number': 'Je n’ai pas trouvé de numéro de série dans votre message.',
  'customer.nudge.serial_photo': 'Il me manque encore la photo de l’étiquette du numéro de série (joignez une image).',
  'customer.nudge.install_photo': 'Il me manque encore la photo de l’installation (joignez une image).',
  'customer.nudge.fault_description': 'Pourriez-vous décrire la panne en quelques mots de plus ?',
  'customer.nudge.evidence': 'Il me manque encore un élément justificatif : joignez un fichier, ou collez le log ou la sortie console.',
  'customer.nudge.confirm_cancel': 'Pardon, il me faut un oui ou un non.',
  'customer.serial_tip.label': 'Il est imprimé sur l’étiquette de l’équipement, après « SN » ou « S/N ».',
  'customer.serial_tip.inventory':
    'Il est imprimé sur l’étiquette de la pièce, après « SN » ou « S/N » ; vous pouvez aussi lancer {command} sur l’équipement où elle est installée et copier le numéro de série affiché pour {part}.',
  'customer.type_serial': 'Merci de saisir le numéro de série.',

  // Orders and eligibility
  'customer.order_not_found':
    'Je ne trouve pas la commande {order}. Merci de vérifier le numéro sur votre confirmation de commande et de me le renvoyer.',
  'customer.order_not_found.again':
    'Je ne trouve pas non plus la commande {order}. Merci de vérifier la confirmation de commande ; si cela ne fonctionne toujours pas, écrivez « parler à quelqu’un » et notre équipe la recherchera.',
  'customer.which_order':
    'Vous avez mentionné les commandes {orders}. Pour laquelle faites-vous cette réclamation ? Répondez avec un seul numéro de commande ; pour l’autre, ouvrez ensuite une nouvelle réclamation.',
  'customer.eligible':
    'Merci, j’ai trouvé {item} dans la commande {order}. Livré {days, plural, one {# jour} other {# jours}} avant votre réclamation, il est couvert en {kind} jusqu’au {endsOn}.',
  'customer.eligible.the_item': 'l’article',
  'customer.unverified_order':
    'Merci, j’ai trouvé la commande {order}. Sa date de livraison n’est pas encore enregistrée, notre équipe confirmera donc l’éligibilité ; en attendant, rassemblons les informations.',
  'customer.declined.contact':
    'Si vous pensez qu’il s’agit d’une erreur, répondez ici et une personne réexaminera le dossier, ou écrivez à {email} en indiquant votre numéro de commande et vos justificatifs.',
  'customer.declined.outside_window':
    'Malheureusement, cet article n’est plus couvert par la garantie de {warrantyDays} jours (livré le {deliveredOn}, {days} jours avant la réclamation ; la garantie a pris fin le {endedOn}), le dossier {ref} est donc refusé. {contact}',
  'customer.declined.non_returnable':
    'Malheureusement, l’article {item} a été {terms} et n’est pas retournable selon notre politique ; le dossier {ref} est donc refusé. {contact}',
  'customer.declined.non_returnable.this_item':
    'Malheureusement, cet article a été {terms} et n’est pas retournable selon notre politique ; le dossier {ref} est donc refusé. {contact}',
  'customer.declined.by_staff': 'Le dossier {ref} a été refusé par notre équipe : {reason}. {contact}',
  'terms.sold.as-is': 'vendu en l’état',
  'terms.sold.for-parts': 'vendu pour pièces',
  'terms.sold.no-returns': 'vendu sans possibilité de retour',

  // Serials
  'customer.serial_mismatch':
    'Le numéro de série {serial} ne correspond pas à nos données pour cet article. S’il s’agit d’une faute de frappe, saisissez-le simplement à nouveau ; sinon, je l’ai signalé à notre équipe.',
  'customer.serial_mismatch.photo':
    'Le numéro de série {serial} ne correspond pas à nos données pour cet article. S’il s’agit d’une faute de frappe, saisissez-le simplement à nouveau ; sinon, je l’ai signalé à notre équipe ; veillez donc à ce que l’étiquette soit bien lisible sur la photo que vous enverrez.',
  'customer.serial_confirmed':
    'Merci, {serial} correspond bien à l’article {part} de la commande {order} ; j’ai corrigé le numéro de série du dossier {ref}.',
  'customer.serial_repeated': 'Merci, j’ai déjà {serial} comme numéro de série pour le dossier {ref}.',
  'customer.part_number_given.ours': '{part} est la référence de l’article ; j’ai besoin du numéro de série (SN) de votre équipement.',
  'customer.part_number_given.other':
    '{given} est la référence d’un autre article de la commande {order} ; j’ai besoin du numéro de série (SN) de l’article {part}, celui concerné par cette réclamation.',

  // Troubleshooting, review, messages
  'customer.troubleshoot':
    'Avant tout retour, merci d’essayer ces vérifications ; elles permettent de trouver la plupart des pannes sur du matériel réseau :',
  'customer.fixed': 'Bonne nouvelle, tout fonctionne. Le dossier {ref} est clôturé, sans retour nécessaire.',
  'customer.review_needed': 'Le dossier {ref} est entre les mains de notre équipe pour examen. Nous vous répondrons ici.',
  'customer.added': 'Merci, je l’ai ajouté au dossier {ref} et notre équipe le verra.',
  'customer.closed_case_message':
    'Le dossier {ref} est {closed}. J’ai transmis votre message à notre équipe ; une personne vous répondra ici. {newClaim}',
  'customer.human.order_attempts':
    'Je ne trouve toujours pas cette commande, j’ai donc demandé à une personne de notre équipe de la rechercher ; elle vous répondra ici. En attendant, vous pouvez envoyer la confirmation de commande ou la facture en pièce jointe.',
  'customer.human':
    'J’ai demandé à une personne de notre équipe de vous aider pour le dossier {ref} ; elle vous répondra ici dès que possible. En attendant, vous pouvez continuer à envoyer des informations.',
  'customer.kept': 'Entendu, le dossier {ref} reste ouvert.',
  'customer.cannot_cancel.closed': 'Le dossier {ref} est déjà {closed} ; il n’y a rien à annuler. {newClaim}',
  'customer.cannot_cancel':
    'Le dossier {ref} ne peut plus être annulé : l’équipement est déjà en route vers nous ou chez nous. J’ai transmis votre message à notre équipe ; une personne vous répondra ici.',
  'customer.staff_replied': 'Message de notre équipe concernant le dossier {ref} :',

  // Approval and return
  'customer.return.approved': 'Votre retour est approuvé. Numéro RMA : {rma}.',
  'customer.return.wipe': '1. Effacez votre configuration et toute donnée sensible de l’équipement.',
  'customer.return.pack': '2. Emballez-le soigneusement et inscrivez {rma} lisiblement sur l’extérieur du colis.',
  'customer.return.ship_to': '3. Expédiez-le à l’adresse suivante : {address}',
  'customer.return.wait_for_address':
    '3. Notre équipe vous enverra l’adresse de retour dans cette conversation ; merci de l’attendre avant d’expédier.',
  'customer.return.no_rma_no_return': 'Ne renvoyez rien sans ce numéro RMA : un retour non approuvé risque de ne pas être traité.',
  'customer.return.costs':
    'Nous prenons en charge les frais de retour et de réexpédition, y compris droits, taxes et dédouanement, jusqu’à {cap} pour ce dossier ; tout dépassement doit être approuvé par écrit par nos soins avant l’expédition. Conservez vos justificatifs d’expédition et les informations de suivi.',
  'customer.return.tracking': 'Répondez ici avec le numéro de suivi une fois le colis expédié.',
  'customer.return.document': 'Le document RMA ci-joint comporte une étiquette à découper et à coller sur le carton.',
  'customer.info_requested': 'Notre équipe a besoin d’informations supplémentaires pour le dossier {ref} : {what}',
  'customer.info_requested.reply': 'Merci de répondre ici (texte ou fichiers).',
  'customer.tracking_received':
    'Merci, le numéro de suivi {tracking} est enregistré pour le retour {rma}. Nous vous préviendrons à l’arrivée du colis.',
  'customer.received': 'Nous avons reçu l’équipement du retour {rma} et nous l’inspectons.',
  'customer.resolved.replacement':
    'L’inspection a confirmé la panne : un équipement de remplacement est en route pour le retour {rma}. Le dossier {ref} est résolu.',
  'customer.resolved.repair':
    'L’inspection a confirmé la panne : l’équipement est en réparation et vous sera renvoyé sous {rma}. Le dossier {ref} est résolu.',
  'customer.resolved.refund':
    'L’inspection a confirmé la panne : nous vous remboursons au titre de {rma}. Le délai du remboursement dépend de votre moyen de paiement. Le dossier {ref} est résolu.',
  'customer.cost_approved':
    'Accord écrit pour le dossier {ref} : nous approuvons {amount} de frais d’expédition au-delà du plafond de {cap} ; nous prenons donc désormais en charge {covered} au total pour ce dossier. Merci de conserver les justificatifs.',
  'customer.cancelled': 'Le dossier {ref} est annulé. Si vous avez de nouveau besoin de nous, écrivez simplement ici. {newClaim}',
  'customer.reopened.inspection':
    'Notre équipe a rouvert le dossier {ref} ; votre équipement est de nouveau en inspection et nous reviendrons vers vous ici.',
  'customer.reopened': 'Notre équipe a rouvert le dossier {ref}.',

  // Timers
  'customer.reminder.intake': 'Petit rappel concernant le dossier {ref} : nous attendons toujours votre réponse.',
  'customer.reminder.intake.info':
    'Petit rappel concernant le dossier {ref} : nous attendons toujours votre réponse. Notre équipe vous a demandé : {what}',
  'customer.reminder.tracking':
    'Petit rappel concernant le retour {rma} : merci de m’envoyer le numéro de suivi dès que le colis est expédié. Le numéro RMA expire {days} jours après l’approbation.',
  'customer.doa_window_closing':
    'Votre délai DOA se termine le {endsOn}. Le dossier {ref} a été ouvert à temps, il reste donc une réclamation DOA ; merci d’envoyer rapidement ce qui manque encore, pour que nous puissions vous aider au plus vite.',
  'customer.closed.expired':
    'L’autorisation de retour {rma} a expiré : rien n’a été expédié dans les {days} jours suivant l’approbation, le dossier {ref} est donc clôturé. Merci de ne pas expédier l’article sous ce numéro RMA ; si vous en avez encore besoin, répondez ici et notre équipe pourra rouvrir le dossier.',
  'customer.closed.silent':
    'Le dossier {ref} est clôturé car nous sommes sans nouvelles de vous depuis {days, plural, one {# jour} other {# jours}}. Si vous avez encore besoin de nous, écrivez simplement ici et une personne prendra le relais.',

  // Files
  'customer.file_refused.quota':
    'Je n’ai pas pu conserver « {name} » pour le dossier {ref} : {reason}. Une personne de notre équipe peut régler cela avec vous ; écrivez simplement « parler à quelqu’un ».',
  'customer.file_refused': 'Je n’ai pas pu conserver « {name} » pour le dossier {ref} : {reason}.',
  'customer.file_refused.again': 'Je n’ai pas pu conserver « {name} » pour le dossier {ref} : {reason}. Merci de le renvoyer.',

  // Language
  'customer.language_set': 'Entendu, je vous écris désormais en français.',

  // Staff notices, in the staff language
  'staff.declined': '{ref} refusé ({reason}) : {detail}.',
  'staff.fixed': '{ref} réglé par le dépannage ; clôturé sans retour.',
  'staff.review.title': '{ref} à examiner : {kind}, réclamation de {customer} ({platform}).',
  'staff.review.unverified': 'éligibilité non vérifiée',
  'staff.review.order': 'Commande {order} : {item} ; date de livraison {deliveredOn}.',
  'staff.review.order.window': 'Commande {order} : {item} ; date de livraison {deliveredOn}, fin du délai le {endsOn}.',
  'staff.review.no_item': 'aucun article',
  'staff.review.unknown': 'inconnue',
  'staff.review.item': '{part} (n° de série {serial})',
  'staff.review.serial': 'Numéro de série indiqué : {serial}.',
  'staff.review.evidence':
    'Justificatifs : {count, plural, one {# élément} other {# éléments}} ; photos : numéro de série {serialPhoto, select, yes {oui} other {non}}, installation {installPhoto, select, yes {oui} other {non}}.',
  'staff.review.flags': 'Signalements : {flags}.',
  'staff.review.terms':
    'Attention : conditions de vente « {terms} », article non retournable selon la politique ; l’approuver passe outre.',
  'staff.review.language': 'Le client écrit en {language} ; ses messages sont affichés tels quels.',
  'staff.review.fault': 'La panne, telle que le client l’a décrite :',
  'staff.review.no_fault': 'Panne : non décrite.',
  'staff.customer_wrote':
    '{customer} a écrit sur {ref} ({platform}){hasFiles, select, yes { en joignant {files}} other {}}{said, select, yes { :} other {.}}',
  'staff.closed_case_message':
    '{customer} a écrit sur le dossier fermé {ref} ({closed}){hasFiles, select, yes { en joignant {files}} other {}}. Répondez avec /rma reply {ref} TEXT, ou rouvrez-le avec /rma reopen {ref}.{said, select, yes { Son message :} other {}}',
  'staff.human.asked':
    '{ref} : {customer} demande à parler à quelqu’un ({platform}). Répondez avec /rma reply {ref} TEXT ou dans le fil du dossier. Son message :',
  'staff.human.order_attempts':
    '{ref} : {customer} a essayé {count, plural, one {# numéro de commande introuvable} other {# numéros de commande introuvables}} ; merci de rechercher la commande et de répondre avec /rma reply {ref} TEXT. Le dernier :',
  'staff.human.misses':
    '{ref} : le bot n’a pas su interpréter deux messages consécutifs de {customer} et a passé la main. Répondez avec /rma reply {ref} TEXT ou dans le fil du dossier. Le dernier :',
  'staff.asked_closed': '{customer} a écrit sur le dossier fermé {ref} ({closed}) :',
  'staff.asks_address': '{customer} demande où expédier {ref} ({rma}) ; envoyez l’adresse de retour avec /rma reply {ref} TEXT.',
  'staff.cancel_refused': '{customer} a demandé l’annulation de {ref} ({state}) :',
  'staff.reply_sent': 'Réponse envoyée à {customer} sur {ref}.',
  'staff.approved': '{ref} approuvé par {by} : {rma} émis.',
  'staff.approved.no_address':
    '{ref} approuvé par {by} : {rma} émis. {customer} n’a pas encore d’adresse de retour (aucune n’est définie dans la politique) : envoyez-la avec /rma reply {ref} TEXT.',
  'staff.info_requested': 'Demandé à {customer} sur {ref} : {what}',
  'staff.tracking_received': '{ref} ({rma}) expédié : numéro de suivi {tracking}.',
  'staff.received': '{ref} ({rma}) reçu ; en cours d’inspection.',
  'staff.resolved': '{ref} résolu : {resolution}.',
  'staff.cost_recorded.pending':
    '{ref} : montant de {amount} enregistré pour {label} ; {covered} pris en charge, dépassement de {pending} au-delà du plafond de {cap} en attente d’accord écrit (/rma approve-cost {ref}).',
  'staff.cost_recorded':
    '{ref} : montant de {amount} enregistré pour {label} ; {covered} pris en charge. Total pris en charge à ce jour : {total}.',
  'staff.cost_approved':
    '{ref} : dépassement de {amount} au-delà du plafond, approuvé par écrit ; le client a été informé. Total pris en charge : {covered} ; en attente : {pending}.',
  'staff.cancelled': '{ref} a été annulé par le client.',
  'staff.reopened': '{ref} rouvert ({state}).',
  'staff.note_added': 'Note ajoutée à {ref}.',
  'staff.contact_added': '{contact} peut désormais écrire sur {ref} pour le compte de {customer}.',
  'staff.closed.expired': '{ref} : {rma} a expiré sans expédition au bout de {days} jours ; le dossier est clôturé.',
  'staff.closed.silent': '{ref} clôturé : aucune réponse de {customer} depuis {days} jours pendant la collecte des informations.',
  'staff.review_overdue': '{ref} attend un examen depuis plus de {days, plural, one {# jour ouvré} other {# jours ouvrés}}.',
  'staff.file_refused.quota':
    '{ref} : le stockage des justificatifs a refusé « {name} » ({reason} ; clé de politique evidenceQuotaMb). Le client a été informé qu’une personne peut l’aider.',
  'staff.file_refused': '{ref} : le stockage des justificatifs a refusé « {name} » ({reason}).',
  'staff.file_refused.past_intake':
    '{ref} : le stockage des justificatifs a refusé « {name} » ({reason}). La collecte des informations est terminée ; si ce fichier est nécessaire, demandez-le au client avec /rma info.',

  // Refusals of a customer's button or command
  'state.intake': 'encore en phase de collecte des informations',
  'state.troubleshooting': 'en phase de dépannage',
  'state.review': 'en cours d’examen par notre équipe',
  'state.awaiting_return': 'approuvé et en attente du colis',
  'state.in_transit': 'en route vers nous',
  'state.inspection': 'en cours d’inspection',
  'state.resolved': 'résolu',
  'state.declined': 'refusé',
  'state.cancelled': 'annulé',
  'customer.refusal.already_cancelled': 'Le dossier {ref} est déjà annulé ; il n’y a plus rien à faire.',
  'customer.refusal.cancel': 'Le dossier {ref} est {state}, il ne peut donc plus être annulé. Écrivez ici et une personne vous aidera.',
  'customer.refusal.keep': 'Le dossier {ref} est {state} ; il n’y a rien à garder ouvert ni à annuler.',
  'customer.refusal.troubleshooting':
    'Le dossier {ref} est {state} et non en phase de dépannage : ce bouton ne s’applique plus. Écrivez ici si vous avez besoin de nous.',
  'customer.refusal.other': 'Le dossier {ref} est {state} ; ce n’est pas possible pour le moment.',
};
