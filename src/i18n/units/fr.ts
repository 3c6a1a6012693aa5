// French messages of a claim for several units; keys and placeholders as in en.ts. A unit is « unité » ;
// `units.word` carries the article (« l’unité 2 », « les unités 2, 3 et 5 »), so the sentences that use
// {unitWord} take it as a whole noun phrase (never after « de » or « à », never before a word that agrees).
import type { UnitsKey } from './en.ts';

export const fr: Record<UnitsKey, string> = {
  'units.word':
    '{count, plural, one {{units, select, none {l’unité} other {l’unité {units}}}} other {{units, select, none {les unités} other {les unités {units}}}}}',
  'customer.units.taken': 'Cette réclamation couvre désormais {count, number} unités de la commande {order} :',
  'customer.units.line.covered': '{number}. {item} : {kind}, couvert jusqu’au {endsOn}',
  'customer.units.line.unverified': '{number}. {item} : notre équipe vérifiera sa date de livraison',
  'customer.units.line.outside_window': '{number}. {item} : non couvert, sa garantie de {warrantyDays} jours a pris fin le {endedOn}',
  'customer.units.line.non_returnable': '{number}. {item} : non couvert, {terms}',
  'customer.units.none_covered': 'Malheureusement, aucune de ces unités n’est couverte par notre politique. {contact}',
  'customer.ask.unit_serial': 'Merci de saisir le numéro de série (SN) imprimé sur l’étiquette de l’unité {number} ({part}).',
  'customer.ask.unit_serial_photo':
    'Merci d’envoyer une photo de l’étiquette du numéro de série de l’unité {number} ({part}{serial, select, none {} other {, SN {serial}}}).',
  'customer.ask.units_fault':
    'Merci de décrire la panne : ce qui se passe, depuis quand, et ce que vous avez déjà essayé. Une seule description suffit si les {count, number} unités présentent la même panne ; sinon, précisez ce que fait chaque unité.',
  'customer.return.units': 'Unités dont le retour est approuvé sous {rma}, dans un seul colis si possible :',
  'customer.return.unit_line': '{number}. {part}{serial, select, none {} other {, SN {serial}}}',
  'customer.return.units_not_approved': 'Non approuvées :',
  'customer.return.unit_not_approved': '{number}. {part} : {reason}',
  'customer.units.denied':
    '{ref} : nous ne pouvons malheureusement pas prendre en charge {unitWord} : {reason}. Notre équipe examine encore les autres unités.',
  'customer.advance.shipped':
    'Le remplacement{units, select, none {} other { pour {unitWord}}} est en route : numéro de suivi {tracking}. Merci de nous renvoyer {count, plural, one {l’unité défectueuse} other {les unités défectueuses}} d’ici le {returnBy}, avec {rma} sur le colis, et de m’indiquer le numéro de suivi.',
  'customer.advance.reminder':
    'Petit rappel concernant le dossier {ref} (RMA {rma}) : le remplacement vous a déjà été expédié, et nous devons recevoir {unitWord} d’ici le {returnBy}. Merci de m’envoyer le numéro de suivi dès que le colis est expédié.',
  'customer.advance.overdue':
    'Nous attendions {unitWord} du dossier {ref} au plus tard le {returnBy}, mais rien n’est arrivé pour l’instant. Merci d’expédier le colis maintenant et de m’envoyer le numéro de suivi, ou de me dire si quelque chose ne va pas. {person}',
  'customer.units.received':
    'Nous avons reçu {unitWord} pour {rma} et {count, plural, one {l’inspectons} other {les inspectons}}.{out, select, none {} other { Encore en route vers nous : {out}.}}',
  'customer.units.summary': 'Le dossier {ref} est clôturé. Voici le résultat pour chaque unité :',
  'customer.units.outcome': '{number}. {part}{serial, select, none {} other {, SN {serial}}} : {outcome}',
  'customer.units.outcome.replacement': 'remplacement envoyé',
  'customer.units.outcome.repair': 'réparée et renvoyée',
  'customer.units.outcome.refund': 'remboursée',
  'customer.units.outcome.declined': 'refusée : {reason}',
  'customer.units.why.outside_window': 'sa garantie de {warrantyDays} jours a pris fin le {endedOn}',
  'customer.units.why.not_approved': 'non approuvée par notre équipe ; demandez-nous si vous souhaitez en connaître la raison',
  'customer.units.outcome.denied': 'non approuvée : {reason}',
  'staff.units.review': 'Unités de cette réclamation ({count, number}) :',
  'staff.units.review_line':
    '{number}. {part}, n° de série {sold} ; saisi : {given} ; {kind} ; photo du n° de série : {photo} ; panne : {fault}',
  'staff.units.review_line.not_covered': '{number}. {part}, n° de série {sold} : non couverte ({reason}), refusée par la politique',
  'staff.units.decide':
    'Décidez unité par unité avec `/rma approve {ref} units 1,2` et `/rma deny {ref} units 3 REASON`, ou pour toutes à la fois avec les boutons.',
  'staff.units.denied': '{ref} : refus pour {unitWord} ({reason}) ; les autres unités attendent encore une décision.',
  'staff.units.received': '{ref} : réception enregistrée pour {unitWord}.',
  'staff.units.unexpected': '{ref} : n° de série {serials} reçu, qui n’est pas une unité approuvée de {rma} (signalement unit_mismatch).',
  'staff.units.still_out': 'Reste à recevoir : {unitWord}.',
  'staff.units.resolved': '{ref} : {unitWord} : {resolution}. Encore sans résultat : {open}.',
  'staff.advance.shipped':
    '{ref} : remplacement anticipé pour {unitWord} expédié ({tracking}) ; {count, plural, one {l’unité défectueuse doit revenir} other {les unités défectueuses doivent revenir}} d’ici le {returnBy}.',
  'staff.advance.overdue':
    '{ref} : remplacement anticipé, retour en retard pour {unitWord} : attendu le {returnBy}, non reçu (signalement return_overdue).',
  'staff.units.summary': '{ref} résolu : {summary}.',
};
