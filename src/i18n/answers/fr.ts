// French answers to policy questions and the troubleshooting checks; keys and placeholders as in en.ts.
import type { AnswersKey } from './en.ts';

export const fr: Record<AnswersKey, string> = {
  'answer.person': 'Pour toute autre chose, dites simplement « parler à quelqu’un ».',
  'answer.thanks': 'Je vous en prie.',
  'answer.terms.standard': 'aux conditions standard',
  'answer.terms.as-is': '« en l’état »',
  'answer.terms.for-parts': '« pour pièces »',
  'answer.terms.no-returns': '« sans retour »',
  'answer.terms.non_returnable': 'comme non retournable',

  // Windows
  'answer.window.doa':
    'Couverture DOA (défectueux à l’arrivée) : si l’article est défectueux à la réception, prévenez-nous dans les {doaDays, plural, one {# jour} other {# jours}} suivant la livraison. Ensuite, la garantie de {warrantyDays} jours couvre les pannes de fonctionnement en usage normal.',
  'answer.window.warranty':
    'La garantie couvre les pannes de fonctionnement en usage normal pendant {warrantyDays, plural, one {# jour} other {# jours}} à compter de la livraison ; {doaDays, plural, one {le premier jour relève} other {les # premiers jours relèvent}} de la couverture DOA (défectueux à l’arrivée).',
  'answer.today.doa_open': 'Aujourd’hui ({today}), le délai DOA est encore ouvert.',
  'answer.today.doa_ends': 'Le délai DOA se termine aujourd’hui ; la garantie prend le relais ensuite.',
  'answer.today.warranty_open': 'Aujourd’hui ({today}), le délai DOA est écoulé ; la garantie court toujours.',
  'answer.today.warranty_ends': 'Le délai DOA est écoulé, et la garantie se termine aujourd’hui.',
  'answer.today.closed': 'Les deux délais sont écoulés (nous sommes le {today}).',
  'answer.dates.which_item': 'Dès que je saurai de quel article de la commande {order} il s’agit, je vous donnerai les dates exactes.',
  'answer.dates.need_order': 'Dès que j’aurai votre numéro de commande, je vous donnerai les dates exactes.',
  'answer.dates.non_returnable':
    'Votre {part} a été vendu {terms} : il n’a donc ni couverture DOA ni garantie et ne peut pas être retourné.',
  'answer.dates.no_delivery': 'La date de livraison de votre {part} n’est pas encore enregistrée ; notre équipe vous confirmera vos dates.',
  'answer.dates.delivered':
    'Votre {part} a été livré le {deliveredOn} : couverture DOA jusqu’au {doaEndsOn}, garantie jusqu’au {warrantyEndsOn}.',
  'answer.dates.counts_doa': '{ref} compte comme DOA : vous l’avez ouvert dans le délai DOA.',
  'answer.dates.counts_warranty': '{ref} compte comme une réclamation sous garantie : vous l’avez ouvert pendant la garantie.',
  'answer.dates.too_late': '{ref} a été ouvert après la fin de la garantie.',

  // What the intake needs
  'answer.needs.title': 'Pour une réclamation DOA ou sous garantie, il me faut :',
  'answer.needs.order_number': 'Votre numéro de commande : pour retrouver l’article et sa date de livraison.',
  'answer.needs.part_number': 'La référence (PN) / le modèle : de quel article de la commande il s’agit.',
  'answer.needs.serial_photo':
    'Le numéro de série (SN), saisi, et une photo de son étiquette : la preuve qu’il s’agit de l’unité que nous avons vendue.',
  'answer.needs.install_photo': 'Une photo de l’installation montrant comment l’unité était branchée.',
  'answer.needs.fault_description': 'Une description de la panne : ce qui se passe, depuis quand, et ce que vous avez essayé.',
  'answer.needs.evidence':
    'Des justificatifs (vidéo, captures d’écran, journaux de test, sortie console) : ils permettent à notre équipe de valider rapidement.',
  'answer.missing.order_number': 'votre numéro de commande',
  'answer.missing.item': 'l’article de la commande concerné',
  'answer.missing.serial': 'le numéro de série (saisi)',
  'answer.missing.serial_photo': 'la photo de l’étiquette du numéro de série',
  'answer.missing.install_photo': 'la photo de l’installation',
  'answer.missing.fault': 'la description de la panne',
  'answer.missing.evidence': 'des justificatifs',
  'answer.progress.has_all': '{ref} a déjà tout cela.',
  'answer.progress.info': 'Notre équipe a demandé des précisions sur {ref} : {what}',
  'answer.progress.missing': 'Il manque encore pour {ref} : {missing}. Je vous les demanderai un par un.',

  // Status
  'answer.your_rma': 'votre RMA',
  'answer.again': 'Écrivez-nous quand vous voulez pour ouvrir une nouvelle réclamation.',
  'answer.closed.replacement': '{ref} est résolu : un remplacement est en route pour {rma}.',
  'answer.closed.repair': '{ref} est résolu : l’unité est réparée et vous est renvoyée sous {rma}.',
  'answer.closed.refund': '{ref} est résolu par un remboursement pour {rma} ; le délai dépend de votre moyen de paiement.',
  'answer.closed.fixed': '{ref} est clôturé : les vérifications ont réglé le problème, aucun retour n’a été nécessaire.',
  'answer.closed.resolved': '{ref} est résolu.',
  'answer.declined.outside_window': 'l’article est hors de la garantie de {warrantyDays} jours',
  'answer.declined.non_returnable': 'l’article a été vendu {terms} et ne peut pas être retourné',
  'answer.declined.by_staff': 'notre équipe l’a refusé',
  'answer.declined.by_staff_note': 'notre équipe l’a refusé ({note})',
  'answer.declined': '{ref} a été refusé : {why}.',
  'answer.declined.contact': 'Si vous pensez que c’est une erreur, répondez ici ou écrivez à {email}.',
  'answer.closed.expired':
    '{ref} a été clôturé car rien n’a été expédié sous {rma} à temps. N’expédiez rien sous ce RMA ; notre équipe peut rouvrir le dossier.',
  'answer.closed.silent': '{ref} a été clôturé car nous n’avons pas eu de nouvelles pendant {days, plural, one {# jour} other {# jours}}.',
  'answer.closed.cancelled': '{ref} a été annulé.',
  'answer.status.info': '{ref} : notre équipe a demandé des précisions : {what}',
  'answer.status.info_reply': 'Merci de répondre ici (texte ou fichiers).',
  'answer.status.gathering_missing':
    '{ref} : je rassemble encore les informations. Il manque : {missing}. Je vous les demanderai un par un.',
  'answer.status.gathering': '{ref} : je rassemble encore les informations et vous demanderai ensuite ce qui manque.',
  'answer.status.troubleshooting':
    '{ref} : je vous ai envoyé quelques vérifications. Dites-moi « réglé » ou « toujours en panne » et je prends la suite.',
  'answer.status.review':
    '{ref} est en cours d’examen par notre équipe. Nous vous répondrons ici ; d’ici là, nous n’avons besoin de rien d’autre.',
  'answer.status.approved_rma':
    '{ref} est approuvé : votre numéro RMA est {rma}. Expédiez l’article avec {rma} inscrit sur le carton, puis envoyez-moi le numéro de suivi.',
  'answer.status.approved':
    '{ref} est approuvé. Expédiez l’article avec son numéro RMA inscrit sur le carton, puis envoyez-moi le numéro de suivi.',
  'answer.status.in_transit': '{ref} : votre retour {rma} est en route vers nous. Nous vous préviendrons à son arrivée.',
  'answer.status.in_transit_tracking':
    '{ref} : votre retour {rma} est en route vers nous (suivi {tracking}). Nous vous préviendrons à son arrivée.',
  'answer.status.inspection': '{ref} : nous avons reçu l’unité pour {rma} et l’examinons. Vous aurez le résultat ici.',
  'answer.status.other': '{ref} est à l’état {state}.',

  // Shipping, return address, refunds
  'answer.shipping.cover':
    'Pour les cas DOA ou sous garantie confirmés, nous prenons en charge le retour et la réexpédition, droits de douane, taxes et dédouanement compris, jusqu’à {cap} par dossier.',
  'answer.shipping.when':
    'La prise en charge commence une fois le dossier confirmé éligible (approuvé, avec un numéro RMA). Tout montant au-delà de {cap} doit être approuvé par écrit par nos soins avant l’expédition.',
  'answer.shipping.receipts': 'Conservez vos reçus d’expédition et vos informations de suivi.',
  'answer.shipping.applies': '{ref} est approuvé ({rma}) : cette prise en charge s’y applique.',
  'answer.shipping.recorded': 'Enregistré à ce jour : {covered} pris en charge.',
  'answer.shipping.recorded_pending': 'Enregistré à ce jour : {covered} pris en charge, {pending} en attente d’accord écrit.',
  'answer.shipping.not_yet': '{ref} n’est pas encore approuvé : n’expédiez rien avant d’avoir un numéro RMA.',
  'answer.address.asked':
    'Votre numéro RMA est {rma}. J’ai demandé à notre équipe de vous envoyer l’adresse de retour ici ; attendez-la avant d’expédier.',
  'answer.address.later': 'Notre équipe envoie l’adresse de retour avec le numéro RMA une fois le retour approuvé. N’expédiez rien avant.',
  'answer.address.ship_to': 'Votre numéro RMA est {rma}. Expédiez l’article à :',
  'answer.address.write_rma': 'Inscrivez {rma} lisiblement sur le carton.',
  'answer.address.returns_go_to': 'Les retours sont à envoyer à :',
  'answer.address.rule':
    'N’expédiez qu’une fois en possession d’un numéro RMA, et inscrivez-le sur le carton : un retour sans ce numéro risque de ne pas être traité.',
  'answer.refund.awaiting_return':
    'Pour {ref} : expédiez l’article avec {rma} sur le carton et envoyez-moi le numéro de suivi ; le résultat suivra une fois l’article reçu et vérifié.',
  'answer.refund.in_transit': '{rma} est en route vers nous ; le résultat suivra une fois l’article reçu et vérifié.',
  'answer.refund.inspection': 'Nous avons reçu l’unité pour {rma} et l’examinons ; le résultat suivra.',
  'answer.refund.refunded': '{ref} a été résolu par un remboursement ; le délai dépend de votre moyen de paiement.',
  'answer.refund.replacement': '{ref} a été résolu par un remplacement plutôt qu’un remboursement.',
  'answer.refund.repair': '{ref} a été résolu par une réparation plutôt qu’un remboursement.',
  'answer.refund.fixed': '{ref} a été clôturé comme réglé par les vérifications : il n’y a donc ni retour ni remboursement.',
  'answer.refund.timing':
    'Le délai de remboursement dépend de votre moyen de paiement et, si l’article est retourné, de l’inspection : les remboursements sont traités une fois l’article retourné reçu et vérifié.',
  'answer.refund.outcomes': 'Selon le dossier et le stock, l’issue est un remplacement, une réparation ou un remboursement.',
  'answer.as_is.rule':
    'Les articles vendus « en l’état », « pour pièces » ou « sans retour », ou marqués d’une autre façon comme non retournables, ne peuvent pas être retournés et n’ont ni couverture DOA ni garantie.',
  'answer.as_is.applies': 'Votre {part} a été vendu {terms} : cette règle s’applique donc à lui.',
  'answer.as_is.not_applies': 'Votre {part} a été vendu aux conditions standard : cette règle ne s’applique donc pas à lui.',
  'answer.not_covered.warranty':
    'La garantie couvre les pannes de fonctionnement en usage normal. Elle ne couvre pas une mauvaise utilisation, une installation incorrecte, les dommages physiques, les liquides, le feu, la foudre, les surtensions, ni les réparations ou modifications non autorisées.',
  'answer.not_covered.compatibility':
    'Les problèmes de compatibilité (firmware ou logiciel, configurations non prises en charge, verrouillage constructeur) ne sont pas des défauts, sauf si la compatibilité a été promise par écrit.',
  'answer.not_covered.serials':
    'Les articles dont le numéro de série ou l’étiquette a été retiré ou modifié, ou qui présentent des traces de manipulation, ne sont pas retournables.',
  'answer.not_covered.unsure':
    'Si vous ne savez pas si cela vous concerne, racontez-nous ce qui s’est passé : notre équipe examine chaque dossier.',

  // Troubleshooting checks
  'check.cli.other.inventory': 'l’inventaire matériel (par exemple `show inventory`, ou `show chassis hardware` sur Juniper)',
  'check.cli.other.optics':
    'les diagnostics de l’optique (par exemple `show interfaces transceiver detail`, ou `show interfaces diagnostics optics` sur Juniper)',
  'check.cli.other.environment': 'l’état environnemental (par exemple `show environment`, ou `show chassis environment` sur Juniper)',
  'check.cli.other.log': 'le journal de l’équipement (par exemple `show logging`, ou `show log messages` sur Juniper)',
  'check.lock.cisco':
    'Cherchez dans {log} des messages de verrouillage constructeur (`%PHY-4-UNSUPPORTED_TRANSCEIVER`, err-disable `gbic-invalid`).',
  'check.lock.juniper': 'Cherchez dans {inventory} et {log} des messages indiquant que l’optique n’est pas prise en charge.',
  'check.lock.arista': 'Cherchez dans {log} des messages indiquant que le transceiver n’est pas pris en charge ou pas qualifié.',
  'check.lock.other':
    'Cherchez dans {log} des messages indiquant que l’optique n’est pas prise en charge ou pas d’origine (verrouillage constructeur).',
  'check.optic.recognised':
    'Vérifiez que l’équipement reconnaît l’optique : {inventory} doit la lister avec le numéro de série imprimé sur son étiquette.',
  'check.optic.clean':
    'Nettoyez les deux extrémités de la fibre et l’optique, et vérifiez que le type de fibre et la longueur d’onde correspondent à l’optique (SM/MM, 1310/1550 nm).',
  'check.optic.dom':
    'Relevez les valeurs DOM avec {optics} : puissance Tx/Rx, bias, température et tension par rapport aux seuils d’alarme.',
  'check.optic.swap': 'Essayez l’optique sur un autre port, ou échangez-la avec une optique qui fonctionne ; un test en boucle aide.',
  'check.psu.leds':
    'Vérifiez la couleur des LED, et {environment} pour l’alimentation et les ventilateurs ; {log} montre les alarmes d’alimentation.',
  'check.psu.outlet': 'Essayez une autre prise ou arrivée électrique et un autre cordon d’alimentation.',
  'check.psu.reseat': 'Réinsérez l’alimentation dans sa baie, ou essayez-la dans l’autre baie.',
  'check.card.reseat': 'Réinsérez fermement la carte et vérifiez qu’elle est dans un emplacement pris en charge par le châssis.',
  'check.card.inventory': 'Vérifiez que la carte apparaît dans {inventory}, et cherchez dans {log} des erreurs POST ou d’alimentation.',
  'check.card.software': 'Vérifiez que la version logicielle (`show version`) prend en charge cette carte, ainsi que l’état de la licence.',
  'check.card.slot': 'Essayez un autre emplacement, ou un autre châssis si vous en avez un.',
  'check.chassis.power': 'Vérifiez les LED d’alimentation et des ventilateurs et {environment} ; essayez une autre prise ou arrivée.',
  'check.chassis.console':
    'Connectez-vous au port console et enregistrez le journal de démarrage : résultat du POST, ROMMON, boucles de démarrage ou fichiers de crash ; {log} montre les erreurs depuis le démarrage.',
  'check.chassis.software':
    'Vérifiez la version logicielle (`show version`) et l’état de la licence, ainsi que toute mise à jour ou rétrogradation récente.',
  'check.chassis.ports': 'Essayez un autre port ou un autre câble ; regardez les compteurs d’erreurs des interfaces (CRC).',
  'check.compatibility':
    'Remarque : selon notre politique, les problèmes de compatibilité (firmware ou logiciel, configurations non prises en charge, verrouillage constructeur) ne sont pas des défauts de fonctionnement, sauf si la compatibilité a été promise par écrit.',
  'check.tip.cisco':
    'Sur Cisco, `service unsupported-transceiver` avec `no errdisable detect cause gbic-invalid` permet souvent d’utiliser des optiques tierces.',
  'check.tip.juniper':
    'Sur Juniper, les optiques tierces peuvent être signalées comme non prises en charge : vérifiez {inventory} et {log} ; l’existence d’un contournement dépend de la plateforme.',
  'check.tip.other':
    'Certaines plateformes n’acceptent les optiques tierces qu’après un changement de configuration ; la documentation de votre plateforme indique si c’est le cas.',
};
