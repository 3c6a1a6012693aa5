// German messages of a claim for several units; keys and placeholders as in en.ts. A unit is „Gerät“;
// `units.word` carries the article when it names the only unit („das Gerät“), so the sentences that use
// {unitWord} take it as a whole noun phrase (never after an inflected adjective or article).
import type { UnitsKey } from './en.ts';

export const de: Record<UnitsKey, string> = {
  'units.word':
    '{count, plural, one {{units, select, none {das Gerät} other {Gerät {units}}}} other {{units, select, none {die Geräte} other {Geräte {units}}}}}',
  'customer.units.taken': 'Diese Reklamation umfasst jetzt {count, number} Geräte aus der Bestellung {order}:',
  'customer.units.line.covered': '{number}. {item}: {kind}, abgedeckt bis zum {endsOn}',
  'customer.units.line.unverified': '{number}. {item}: Unser Team prüft noch das Lieferdatum',
  'customer.units.line.outside_window': '{number}. {item}: nicht abgedeckt, die {warrantyDays}-Tage-Gewährleistung endete am {endedOn}',
  'customer.units.line.non_returnable': '{number}. {item}: nicht abgedeckt, verkauft {terms}',
  'customer.units.none_covered': 'Leider ist keines dieser Geräte durch unsere Richtlinie abgedeckt. {contact}',
  'customer.ask.unit_serial': 'Bitte tippen Sie die Seriennummer (SN) ab, die auf dem Etikett von Gerät {number} ({part}) steht.',
  'customer.ask.unit_serial_photo':
    'Bitte senden Sie ein Foto des Seriennummern-Etiketts von Gerät {number} ({part}{serial, select, none {} other {, SN {serial}}}).',
  'customer.ask.units_fault':
    'Bitte beschreiben Sie den Fehler: was passiert, seit wann, und was Sie schon versucht haben. Zeigen alle {count, number} Geräte denselben Fehler, genügt eine Beschreibung; sonst schreiben Sie bitte, welches Gerät was macht.',
  'customer.return.units': 'Diese Geräte sind unter {rma} zur Rücksendung genehmigt; senden Sie sie nach Möglichkeit in einem Paket:',
  'customer.return.unit_line': '{number}. {part}{serial, select, none {} other {, SN {serial}}}',
  'customer.return.units_not_approved': 'Nicht genehmigt:',
  'customer.return.unit_not_approved': '{number}. {part}: {reason}',
  'customer.units.denied':
    '{ref}: Für {unitWord} können wir die Reklamation leider nicht annehmen: {reason}. Die übrigen Geräte prüft unser Team noch.',
  'customer.advance.shipped':
    'Ihr Ersatz{units, select, none {} other { für {unitWord}}} ist unterwegs: Sendungsnummer {tracking}. Bitte senden Sie {count, plural, one {das defekte Gerät} other {die defekten Geräte}} bis zum {returnBy} zurück, mit {rma} auf dem Paket, und teilen Sie mir die Sendungsnummer mit.',
  'customer.advance.reminder':
    'Eine Erinnerung zu {ref} (RMA {rma}): Ihr Ersatz wurde bereits verschickt; bitte senden Sie uns {unitWord} so zurück, dass die Sendung bis zum {returnBy} bei uns eintrifft. Schicken Sie mir die Sendungsnummer, sobald das Paket unterwegs ist.',
  'customer.advance.overdue':
    'Für {ref} hatten wir {unitWord} bis zum {returnBy} zurückerwartet, bisher ist aber nichts angekommen. Bitte versenden Sie das Paket jetzt und schicken Sie mir die Sendungsnummer – oder sagen Sie mir, falls etwas nicht stimmt. {person}',
  'customer.units.received':
    'Wir haben {unitWord} für {rma} erhalten und prüfen {count, plural, one {es} other {sie}} jetzt.{out, select, none {} other { Noch unterwegs zu uns: {out}.}}',
  'customer.units.summary': '{ref} ist geschlossen. Das Ergebnis für jedes Gerät:',
  'customer.units.outcome': '{number}. {part}{serial, select, none {} other {, SN {serial}}}: {outcome}',
  'customer.units.outcome.replacement': 'Ersatz verschickt',
  'customer.units.outcome.repair': 'repariert und zurückgeschickt',
  'customer.units.outcome.refund': 'Betrag erstattet',
  'customer.units.outcome.declined': 'abgelehnt: {reason}',
  'customer.units.why.outside_window': 'die {warrantyDays}-tägige Gewährleistung endete am {endedOn}',
  'customer.units.why.not_approved': 'von unseren Mitarbeitern nicht genehmigt; fragen Sie uns gern nach dem Grund',
  'customer.units.outcome.denied': 'nicht genehmigt: {reason}',
  'staff.units.review': 'Geräte dieser Reklamation ({count, number}):',
  'staff.units.review_line':
    '{number}. {part}, Seriennummer {sold}; angegeben: {given}; {kind}; Seriennummernfoto: {photo}; Fehler: {fault}',
  'staff.units.review_line.not_covered': '{number}. {part}, Seriennummer {sold}: nicht abgedeckt ({reason}), laut Richtlinie abgelehnt',
  'staff.units.decide':
    'Pro Gerät entscheiden mit `/rma approve {ref} units 1,2` und `/rma deny {ref} units 3 REASON`, oder alle auf einmal über die Schaltflächen.',
  'staff.units.denied': '{ref}: {unitWord} abgelehnt ({reason}); die übrigen Geräte warten noch auf eine Entscheidung.',
  'staff.units.received': '{ref}: {unitWord} eingegangen.',
  'staff.units.unexpected': '{ref}: Seriennummer {serials} eingegangen, kein genehmigtes Gerät aus {rma} (als unit_mismatch markiert).',
  'staff.units.still_out': 'Noch ausstehend: {unitWord}.',
  'staff.units.resolved': '{ref}: {unitWord}: {resolution}. Noch ohne Ergebnis: {open}.',
  'staff.advance.shipped':
    '{ref}: Vorabersatz für {unitWord} verschickt ({tracking}); {count, plural, one {das defekte Gerät muss} other {die defekten Geräte müssen}} bis zum {returnBy} zurück sein.',
  'staff.advance.overdue':
    '{ref}: Rücksendung nach Vorabersatz überfällig: {unitWord}, fällig zum {returnBy}, nicht eingegangen (als return_overdue markiert).',
  'staff.units.summary': '{ref} erledigt: {summary}.',
};
