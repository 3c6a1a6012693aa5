// German messages of the case notices; keys and placeholders as in en.ts.
import type { WordingKey } from './en.ts';

export const de: Record<WordingKey, string> = {
  // Buttons
  'button.fixed': 'Behoben',
  'button.still_failing': 'Funktioniert immer noch nicht',
  'button.cancel': 'Reklamation stornieren',
  'button.confirm_cancel': 'Ja, stornieren',
  'button.keep': 'Nein, offen lassen',
  'button.approve': 'Genehmigen',
  'button.deny': 'Ablehnen',
  'button.request_info': 'Infos anfordern',

  // Shared pieces
  'kind.doa': 'DOA (bei Lieferung defekt)',
  'kind.warranty': '{days}-Tage-Gewährleistung',
  'customer.person': 'Möchten Sie mit einem Menschen sprechen, schreiben Sie einfach „mit einem Mitarbeiter sprechen“.',
  'customer.new_claim': 'Für eine neue Reklamation senden Sie einfach die Bestellnummer oder schreiben Sie „neue Reklamation“.',
  'customer.closed.rma_expired': 'geschlossen (die RMA ist ohne Versand abgelaufen)',
  'customer.closed.no_response': 'geschlossen (keine Antwort)',
  'customer.closed.resolved': 'erledigt',
  'customer.closed.declined': 'abgelehnt',
  'customer.closed.cancelled': 'storniert',

  // Intake questions
  'customer.opened':
    'Guten Tag, hier ist die Retourenabteilung. Ich habe den Fall {ref} für Ihre DOA- oder Gewährleistungsreklamation angelegt. Ich frage nacheinander ab, was unsere Richtlinie verlangt: Bestellnummer, Teilenummer, Foto des Seriennummern-Etiketts, Foto der Installation, Fehlerbeschreibung und Nachweise. Sie können mir jederzeit Fragen stellen. {person}',
  'customer.ask.order_number': 'Wie lautet Ihre Bestellnummer?',
  'customer.ask.item':
    'Die Bestellung {order} enthält {count, plural, one {# Artikel} other {# Artikel}}. Für welchen gilt diese Reklamation? Antworten Sie mit der Nummer aus der Liste oder der Teilenummer (mehrere defekt? Nennen Sie ihre Nummern, z. B. 1, 3):',
  'customer.ask.serial_number': 'Bitte tippen Sie die Seriennummer (SN) ab, die auf dem Etikett von {part} steht.',
  'customer.ask.serial_number.unit': 'Bitte tippen Sie die Seriennummer (SN) ab, die auf dem Etikett des Geräts steht.',
  'customer.ask.serial_photo': 'Bitte senden Sie ein Foto des Seriennummern-Etiketts, auf dem das ganze Etikett lesbar ist.',
  'customer.ask.install_photo':
    'Bitte senden Sie ein Foto der Installation: wie das Gerät im Rack eingebaut und angeschlossen ist (Strom, Kabel, Optiken).',
  'customer.ask.fault_description': 'Bitte beschreiben Sie den Fehler: was passiert, seit wann, und was Sie schon versucht haben.',
  'customer.ask.evidence':
    'Bitte senden Sie Nachweise: ein Video, Screenshots, Testprotokolle oder Konsolenausgaben (zum Beispiel `show version`, `show inventory`, `show logging`). Sie können die Ausgabe auch als Text einfügen.',
  'customer.ask.troubleshooting': 'Haben die Prüfungen geholfen? Antworten Sie „behoben“ oder „funktioniert immer noch nicht“.',
  'customer.ask.tracking_number': 'Bitte senden Sie uns die Sendungsnummer, sobald das Paket mit {rma} unterwegs ist.',
  'customer.ask.tracking_number.no_rma': 'Bitte senden Sie uns die Sendungsnummer, sobald das Paket mit der RMA unterwegs ist.',
  'customer.ask.confirm_cancel':
    'Möchten Sie {ref} stornieren? Antworten Sie „ja“ zum Stornieren oder „nein“, um den Fall offen zu lassen.',
  'customer.nudge.order_number': 'Ich brauche zuerst die Bestellnummer, so wie sie auf Ihrer Rechnung oder Bestellbestätigung steht.',
  'customer.nudge.item':
    'Ich konnte nicht erkennen, welchen Artikel Sie meinen. Mehrere Artikel mit derselben Teilenummer unterscheiden Sie über ihre Nummer in der Liste oder ihre Seriennummer.',
  'customer.nudge.serial_number': 'In Ihrer Nachricht konnte ich keine Seriennummer finden.',
  'customer.nudge.serial_photo': 'Mir fehlt noch das Foto des Seriennummern-Etiketts (bitte ein Bild anhängen).',
  'customer.nudge.install_photo': 'Mir fehlt noch das Foto der Installation (bitte ein Bild anhängen).',
  'customer.nudge.fault_description': 'Bitte beschreiben Sie den Fehler noch etwas genauer.',
  'customer.nudge.evidence': 'Mir fehlt noch ein Nachweis: Hängen Sie eine Datei an oder fügen Sie das Log bzw. die Konsolenausgabe ein.',
  'customer.nudge.confirm_cancel': 'Entschuldigung, ich brauche ein Ja oder ein Nein.',
  'customer.serial_tip.label': 'Sie steht auf dem Etikett des Geräts, nach „SN“ oder „S/N“.',
  'customer.serial_tip.inventory':
    'Sie steht auf dem Etikett des Teils, nach „SN“ oder „S/N“. Oder führen Sie {command} auf dem Gerät aus, in dem das Teil steckt, und kopieren Sie die Seriennummer, die dort für {part} angezeigt wird.',
  'customer.type_serial': 'Bitte tippen Sie die Seriennummer ab.',

  // Orders and eligibility
  'customer.order_not_found':
    'Ich finde die Bestellung {order} nicht. Bitte prüfen Sie die Nummer auf Ihrer Bestellbestätigung und senden Sie sie noch einmal.',
  'customer.order_not_found.again':
    'Auch die Bestellung {order} finde ich nicht. Bitte prüfen Sie die Bestellbestätigung; klappt es weiterhin nicht, schreiben Sie „mit einem Mitarbeiter sprechen“, dann sucht unser Team sie heraus.',
  'customer.which_order':
    'Sie haben die Bestellungen {orders} genannt. Für welche gilt diese Reklamation? Antworten Sie mit einer Bestellnummer; für jede weitere starten Sie danach eine eigene Reklamation.',
  'customer.eligible':
    'Danke, ich habe {item} in der Bestellung {order} gefunden. Die Lieferung war {days, plural, one {# Tag} other {# Tage}} vor Ihrer Reklamation, damit ist Ihr Fall abgedeckt: {kind} bis {endsOn}.',
  'customer.eligible.the_item': 'den Artikel',
  'customer.unverified_order':
    'Danke, ich habe die Bestellung {order} gefunden. Ihr Lieferdatum ist noch nicht erfasst, daher bestätigt unser Team, ob ein Anspruch besteht; bis dahin sammeln wir schon einmal die Angaben.',
  'customer.declined.contact':
    'Halten Sie das für einen Irrtum, antworten Sie einfach hier; dann sieht sich ein Mitarbeiter den Fall an. Sie können auch mit Bestellnummer und Nachweisen an {email} schreiben.',
  'customer.declined.outside_window':
    'Es tut mir leid: Dieser Artikel liegt außerhalb der {warrantyDays}-Tage-Gewährleistung (geliefert am {deliveredOn}, {days} Tage vor der Reklamation; die Gewährleistung endete am {endedOn}), daher ist {ref} abgelehnt. {contact}',
  'customer.declined.non_returnable':
    'Es tut mir leid: Der Artikel {item} wurde {terms} verkauft und kann nach unserer Richtlinie nicht zurückgegeben werden, daher ist {ref} abgelehnt. {contact}',
  'customer.declined.non_returnable.this_item':
    'Es tut mir leid: Dieser Artikel wurde {terms} verkauft und kann nach unserer Richtlinie nicht zurückgegeben werden, daher ist {ref} abgelehnt. {contact}',
  'customer.declined.by_staff': 'Leider wurde {ref} von unserem Team abgelehnt: {reason}. {contact}',
  'terms.sold.as-is': '„wie besehen“',
  'terms.sold.for-parts': '„als Ersatzteilspender“',
  'terms.sold.no-returns': '„ohne Rückgaberecht“',

  // Serials
  'customer.serial_mismatch':
    'Die Seriennummer {serial} stimmt nicht mit unseren Unterlagen für diesen Artikel überein. War es ein Tippfehler, tippen Sie sie einfach noch einmal; sonst habe ich es für unser Team vermerkt.',
  'customer.serial_mismatch.photo':
    'Die Seriennummer {serial} stimmt nicht mit unseren Unterlagen für diesen Artikel überein. War es ein Tippfehler, tippen Sie sie einfach noch einmal; sonst habe ich es für unser Team vermerkt – achten Sie bitte darauf, dass das Etikett auf dem Foto lesbar ist.',
  'customer.serial_confirmed': 'Danke, {serial} passt zu {part} aus der Bestellung {order}; ich habe die Seriennummer in {ref} korrigiert.',
  'customer.serial_repeated': 'Danke, {serial} ist für {ref} bereits als Seriennummer eingetragen.',
  'customer.part_number_given.ours': '{part} ist die Teilenummer; ich brauche die Seriennummer (SN) Ihres Geräts.',
  'customer.part_number_given.other':
    '{given} ist die Teilenummer eines anderen Artikels der Bestellung {order}; ich brauche die Seriennummer (SN) von {part}, dem Artikel dieser Reklamation.',

  // Troubleshooting, review, messages
  'customer.troubleshoot':
    'Bitte gehen Sie vor einer Rücksendung diese Prüfungen durch; die meisten Fehler an Netzwerkgeräten lassen sich so finden:',
  'customer.fixed': 'Schön, dass es funktioniert. {ref} ist geschlossen, eine Rücksendung ist nicht nötig.',
  'customer.review_needed': '{ref} liegt unserem Team zur Prüfung vor. Sie hören hier von uns.',
  'customer.added': 'Danke, ich habe das zu {ref} hinzugefügt; unser Team sieht es dort.',
  'customer.closed_case_message':
    '{ref} ist {closed}. Ich habe Ihre Nachricht an unser Team weitergegeben; ein Mitarbeiter antwortet hier. {newClaim}',
  'customer.human.order_attempts':
    'Ich finde die Bestellung weiterhin nicht, deshalb habe ich jemanden aus unserem Team gebeten, sie herauszusuchen; die Antwort kommt hier. Sie können inzwischen die Bestellbestätigung oder Rechnung als Datei senden.',
  'customer.human':
    'Ich habe jemanden aus unserem Team gebeten, sich um {ref} zu kümmern; Sie bekommen hier so schnell wie möglich eine Antwort. Sie können in der Zwischenzeit weitere Angaben senden.',
  'customer.kept': 'In Ordnung, {ref} bleibt offen.',
  'customer.cannot_cancel.closed': '{ref} ist bereits {closed}; es gibt nichts zu stornieren. {newClaim}',
  'customer.cannot_cancel':
    '{ref} kann nicht mehr storniert werden: Das Gerät ist bereits auf dem Weg zu uns oder bei uns. Ich habe Ihre Nachricht an unser Team weitergegeben; ein Mitarbeiter antwortet hier.',
  'customer.staff_replied': 'Nachricht unseres Teams zu {ref}:',

  // Approval and return
  'customer.return.approved': 'Ihre Rücksendung ist genehmigt. RMA-Nummer: {rma}.',
  'customer.return.wipe': '1. Löschen Sie Ihre Konfiguration und alle vertraulichen Daten vom Gerät.',
  'customer.return.pack': '2. Verpacken Sie es sicher und schreiben Sie {rma} gut lesbar außen auf das Paket.',
  'customer.return.ship_to': '3. Senden Sie es an: {address}',
  'customer.return.wait_for_address':
    '3. Unser Team schickt Ihnen die Rücksendeadresse hier im Verlauf; bitte versenden Sie erst, wenn Sie sie haben.',
  'customer.return.no_rma_no_return':
    'Senden Sie nichts ohne diese RMA-Nummer zurück: Nicht genehmigte Rücksendungen werden unter Umständen nicht bearbeitet.',
  'customer.return.costs':
    'Wir übernehmen die Kosten für Rück- und Neuversand einschließlich Zöllen, Steuern und Verzollung bis {cap} für diesen Fall; alles darüber muss vor dem Versand schriftlich von uns genehmigt werden. Bewahren Sie Versandbelege und Sendungsdaten auf.',
  'customer.return.tracking': 'Antworten Sie hier mit der Sendungsnummer, sobald das Paket verschickt ist.',
  'customer.return.document': 'Das angehängte RMA-Dokument enthält ein Etikett zum Ausschneiden und Aufkleben auf den Karton.',
  'customer.info_requested': 'Unser Team braucht weitere Informationen zu {ref}: {what}',
  'customer.info_requested.reply': 'Bitte antworten Sie hier (Text oder Dateien).',
  'customer.tracking_received': 'Danke, die Sendungsnummer {tracking} ist für {rma} erfasst. Wir melden uns, wenn das Paket ankommt.',
  'customer.received': 'Wir haben das Gerät zu {rma} erhalten und prüfen es.',
  'customer.resolved.replacement': 'Die Prüfung hat den Fehler bestätigt: Ein Ersatzgerät zu {rma} ist unterwegs. {ref} ist erledigt.',
  'customer.resolved.repair':
    'Die Prüfung hat den Fehler bestätigt: Das Gerät wird repariert und unter {rma} an Sie zurückgeschickt. {ref} ist erledigt.',
  'customer.resolved.refund':
    'Die Prüfung hat den Fehler bestätigt: Wir erstatten Ihnen den Betrag zu {rma}. Wann die Erstattung eingeht, hängt von Ihrer Zahlungsart ab. {ref} ist erledigt.',
  'customer.cost_approved':
    'Schriftliche Genehmigung zu {ref}: Wir genehmigen Versandkosten von {amount} über die Obergrenze von {cap} hinaus und übernehmen damit für diesen Fall insgesamt {covered}. Bitte bewahren Sie die Belege auf.',
  'customer.cancelled': '{ref} ist storniert. Wenn Sie uns wieder brauchen, schreiben Sie einfach hier. {newClaim}',
  'customer.reopened.inspection': 'Unser Team hat {ref} wieder geöffnet; Ihr Gerät ist wieder in der Prüfung, Sie hören hier von uns.',
  'customer.reopened': 'Unser Team hat {ref} wieder geöffnet.',

  // Timers
  'customer.reminder.intake': 'Eine Erinnerung zu {ref}: Wir warten noch auf Ihre Antwort.',
  'customer.reminder.intake.info': 'Eine Erinnerung zu {ref}: Wir warten noch auf Ihre Antwort. Unser Team hatte gefragt: {what}',
  'customer.reminder.tracking':
    'Eine Erinnerung zu {rma}: Bitte senden Sie die Sendungsnummer, sobald das Paket unterwegs ist. Die RMA läuft {days} Tage nach der Genehmigung ab.',
  'customer.doa_window_closing':
    'Ihre DOA-Frist endet am {endsOn}. {ref} wurde rechtzeitig eröffnet und bleibt eine DOA-Reklamation; bitte senden Sie bald, was noch fehlt, damit wir Ihnen schnell helfen können.',
  'customer.closed.expired':
    '{rma} ist abgelaufen: Innerhalb von {days} Tagen nach der Genehmigung wurde nichts verschickt, daher ist {ref} geschlossen. Bitte verschicken Sie den Artikel nicht mehr unter dieser RMA; wenn Sie sie noch brauchen, antworten Sie hier, dann kann unser Team den Fall wieder öffnen.',
  'customer.closed.silent':
    '{ref} ist geschlossen, weil wir seit {days, plural, one {# Tag} other {# Tagen}} nichts von Ihnen gehört haben. Wenn Sie uns noch brauchen, schreiben Sie einfach hier, dann kümmert sich ein Mitarbeiter darum.',

  // Files
  'customer.file_refused.quota':
    'Ich konnte „{name}“ für {ref} nicht speichern: {reason}. Ein Mitarbeiter kann das mit Ihnen klären; schreiben Sie einfach „mit einem Mitarbeiter sprechen“.',
  'customer.file_refused': 'Ich konnte „{name}“ für {ref} nicht speichern: {reason}.',
  'customer.file_refused.again': 'Ich konnte „{name}“ für {ref} nicht speichern: {reason}. Bitte senden Sie die Datei noch einmal.',

  // Language
  'customer.language_set': 'In Ordnung, ab jetzt schreibe ich auf Deutsch.',

  // Staff notices, in the staff language
  'staff.declined': '{ref} abgelehnt ({reason}): {detail}.',
  'staff.fixed': '{ref} wurde durch die Fehlersuche behoben; ohne Rücksendung geschlossen.',
  'staff.review.title': '{ref} braucht eine Prüfung: Reklamation ({kind}) von {customer} ({platform}).',
  'staff.review.unverified': 'Anspruch nicht geprüft',
  'staff.review.order': 'Bestellung {order}: {item}; geliefert: {deliveredOn}.',
  'staff.review.order.window': 'Bestellung {order}: {item}; geliefert: {deliveredOn}, Frist endet am {endsOn}.',
  'staff.review.no_item': 'kein Artikel',
  'staff.review.unknown': 'unbekannt',
  'staff.review.item': '{part} (Seriennummer {serial})',
  'staff.review.serial': 'Angegebene Seriennummer: {serial}.',
  'staff.review.evidence':
    'Nachweise: {count, plural, one {# Eintrag} other {# Einträge}}; Fotos: Seriennummer {serialPhoto, select, yes {ja} other {nein}}, Installation {installPhoto, select, yes {ja} other {nein}}.',
  'staff.review.flags': 'Auffälligkeiten: {flags}.',
  'staff.review.terms':
    'Achtung: Verkaufsbedingung {terms}, laut Richtlinie nicht rückgabefähig; eine Genehmigung setzt sich darüber hinweg.',
  'staff.review.language': 'Der Kunde schreibt auf {language}; seine Nachricht wird unübersetzt angezeigt.',
  'staff.review.fault': 'Der Fehler, wie der Kunde ihn beschreibt:',
  'staff.review.no_fault': 'Fehler: nicht beschrieben.',
  'staff.customer_wrote':
    '{customer} hat zu {ref} geschrieben ({platform}){hasFiles, select, yes {, mit Dateien: {files}} other {}}{said, select, yes {:} other {.}}',
  'staff.closed_case_message':
    '{customer} hat zum geschlossenen Fall {ref} geschrieben ({closed}){hasFiles, select, yes {, mit Dateien: {files}} other {}}. Antworten Sie mit /rma reply {ref} TEXT oder öffnen Sie ihn wieder mit /rma reopen {ref}.{said, select, yes { Nachricht:} other {}}',
  'staff.human.asked':
    '{ref}: {customer} möchte einen Mitarbeiter sprechen ({platform}). Antworten Sie mit /rma reply {ref} TEXT oder im Verlauf des Falls. Nachricht:',
  'staff.human.order_attempts':
    '{ref}: {customer} hat {count, plural, one {# Bestellnummer} other {# Bestellnummern}} angegeben, die nicht erfasst {count, plural, one {ist} other {sind}}; bitte suchen Sie die Bestellung heraus und antworten Sie mit /rma reply {ref} TEXT. Die letzte:',
  'staff.human.misses':
    '{ref}: Der Bot konnte zwei Nachrichten von {customer} nacheinander nicht zuordnen und hat übergeben. Antworten Sie mit /rma reply {ref} TEXT oder im Verlauf des Falls. Die letzte:',
  'staff.asked_closed': '{customer} hat eine Frage zum geschlossenen Fall {ref} ({closed}):',
  'staff.asks_address':
    '{customer} fragt, wohin {ref} ({rma}) geschickt werden soll; senden Sie die Rücksendeadresse mit /rma reply {ref} TEXT.',
  'staff.cancel_refused': '{customer} möchte {ref} stornieren ({state}):',
  'staff.reply_sent': 'Antwort an {customer} zu {ref} gesendet.',
  'staff.approved': '{ref} genehmigt von {by}: {rma} ausgestellt.',
  'staff.approved.no_address':
    '{ref} genehmigt von {by}: {rma} ausgestellt. {customer} hat noch keine Rücksendeadresse (in der Richtlinie ist keine hinterlegt): senden Sie sie mit /rma reply {ref} TEXT.',
  'staff.info_requested': 'Bei {customer} zu {ref} nachgefragt: {what}',
  'staff.tracking_received': '{ref} ({rma}) verschickt: Sendungsnummer {tracking}.',
  'staff.received': '{ref} ({rma}) eingegangen; jetzt in der Prüfung.',
  'staff.resolved': '{ref} erledigt: {resolution}.',
  'staff.cost_recorded.pending':
    '{ref}: {amount} für {label} erfasst; {covered} gedeckt, {pending} über der Obergrenze von {cap} warten auf schriftliche Genehmigung (/rma approve-cost {ref}).',
  'staff.cost_recorded': '{ref}: {amount} für {label} erfasst; {covered} gedeckt. Bisher gedeckt: {total}.',
  'staff.cost_approved':
    '{ref}: {amount} über der Obergrenze schriftlich genehmigt; der Kunde ist informiert. Insgesamt gedeckt: {covered}; offen: {pending}.',
  'staff.cancelled': '{ref} wurde vom Kunden storniert.',
  'staff.reopened': '{ref} wieder geöffnet ({state}).',
  'staff.note_added': 'Notiz zu {ref} hinzugefügt.',
  'staff.contact_added': '{contact} darf jetzt für {customer} zu {ref} schreiben.',
  'staff.closed.expired': '{ref}: {rma} nach {days} Tagen ohne Versand abgelaufen; der Fall ist geschlossen.',
  'staff.closed.silent': '{ref} geschlossen: {days} Tage keine Antwort von {customer} während der Aufnahme.',
  'staff.review_overdue': '{ref} wartet seit mehr als {days, plural, one {# Werktag} other {# Werktagen}} auf die Prüfung.',
  'staff.file_refused.quota':
    '{ref}: Der Nachweisspeicher hat „{name}“ abgelehnt ({reason}; Richtlinienschlüssel evidenceQuotaMb). Dem Kunden wurde gesagt, dass ein Mitarbeiter helfen kann.',
  'staff.file_refused': '{ref}: Der Nachweisspeicher hat „{name}“ abgelehnt ({reason}).',
  'staff.file_refused.past_intake':
    '{ref}: Der Nachweisspeicher hat „{name}“ abgelehnt ({reason}). Die Aufnahme ist abgeschlossen; fordern Sie die Datei bei Bedarf mit /rma info an.',

  // Refusals of a customer's button or command
  'state.intake': 'noch in der Aufnahme',
  'state.troubleshooting': 'in der Fehlersuche',
  'state.review': 'bei unserem Team zur Prüfung',
  'state.awaiting_return': 'genehmigt und wartet auf das Paket',
  'state.in_transit': 'auf dem Weg zu uns',
  'state.inspection': 'in der Prüfung',
  'state.resolved': 'erledigt',
  'state.declined': 'abgelehnt',
  'state.cancelled': 'storniert',
  'customer.refusal.already_cancelled': '{ref} ist bereits storniert; es ist nichts weiter zu tun.',
  'customer.refusal.cancel':
    '{ref} ist {state} und kann daher nicht mehr storniert werden. Schreiben Sie hier, dann hilft Ihnen ein Mitarbeiter.',
  'customer.refusal.keep': '{ref} ist {state}; es gibt nichts offen zu lassen oder zu stornieren.',
  'customer.refusal.troubleshooting':
    '{ref} ist {state}, nicht in der Fehlersuche: Diese Schaltfläche gilt nicht mehr. Schreiben Sie hier, wenn Sie uns brauchen.',
  'customer.refusal.other': '{ref} ist {state}; das ist jetzt nicht möglich.',
};
