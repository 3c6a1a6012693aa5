// German answers to policy questions and the troubleshooting checks; keys and placeholders as in en.ts.
import type { AnswersKey } from './en.ts';

export const de: Record<AnswersKey, string> = {
  'answer.person': 'Für alles andere schreiben Sie einfach „mit einem Mitarbeiter sprechen“.',
  'answer.thanks': 'Gern geschehen.',
  'answer.terms.standard': 'zu Standardbedingungen',
  'answer.terms.as-is': '„wie besehen“',
  'answer.terms.for-parts': '„als Ersatzteilspender“',
  'answer.terms.no-returns': '„ohne Rückgaberecht“',
  'answer.terms.non_returnable': 'als nicht rückgabefähig',

  // Windows
  'answer.window.doa':
    'DOA-Abdeckung (bei Lieferung defekt): Ist der Artikel schon bei Ankunft defekt, melden Sie sich innerhalb von {doaDays, plural, one {# Tag} other {# Tagen}} nach der Lieferung. Danach deckt die {warrantyDays}-Tage-Gewährleistung Funktionsausfälle bei normalem Gebrauch.',
  'answer.window.warranty':
    'Die Gewährleistung deckt Funktionsausfälle bei normalem Gebrauch für {warrantyDays, plural, one {# Tag} other {# Tage}} ab Lieferung; die ersten {doaDays, plural, one {# Tag ist} other {# Tage sind}} DOA-Abdeckung (bei Lieferung defekt).',
  'answer.today.doa_open': 'Heute ({today}) ist die DOA-Frist noch offen.',
  'answer.today.doa_ends': 'Die DOA-Frist endet heute; die Gewährleistung läuft danach weiter.',
  'answer.today.warranty_open': 'Heute ({today}) ist die DOA-Frist abgelaufen; die Gewährleistung läuft noch.',
  'answer.today.warranty_ends': 'Die DOA-Frist ist abgelaufen, und die Gewährleistung endet heute.',
  'answer.today.closed': 'Beide Fristen sind abgelaufen (heute ist der {today}).',
  'answer.dates.which_item': 'Sobald ich weiß, um welchen Artikel der Bestellung {order} es geht, nenne ich Ihnen die genauen Daten.',
  'answer.dates.need_order': 'Sobald ich Ihre Bestellnummer habe, nenne ich Ihnen die genauen Daten.',
  'answer.dates.non_returnable':
    'Ihr {part} wurde {terms} verkauft; es hat daher keine DOA- oder Gewährleistungsabdeckung und kann nicht zurückgegeben werden.',
  'answer.dates.no_delivery': 'Das Lieferdatum Ihres {part} ist noch nicht erfasst; unser Team bestätigt Ihnen die Daten.',
  'answer.dates.delivered':
    'Ihr {part} wurde am {deliveredOn} geliefert: DOA-Abdeckung bis zum {doaEndsOn}, Gewährleistung bis zum {warrantyEndsOn}.',
  'answer.dates.counts_doa': '{ref} gilt als DOA: Sie haben den Fall innerhalb der DOA-Frist eröffnet.',
  'answer.dates.counts_warranty': '{ref} gilt als Gewährleistungsfall: Sie haben ihn innerhalb der Gewährleistung eröffnet.',
  'answer.dates.too_late': '{ref} wurde nach Ende der Gewährleistung eröffnet.',

  // What the intake needs
  'answer.needs.title': 'Für eine DOA- oder Gewährleistungsreklamation brauche ich:',
  'answer.needs.order_number': 'Ihre Bestellnummer: damit finde ich den Artikel und sein Lieferdatum.',
  'answer.needs.part_number': 'Die Teilenummer (PN) bzw. das Modell: um welchen Artikel der Bestellung es geht.',
  'answer.needs.serial_photo':
    'Die Seriennummer (SN), abgetippt, und ein Foto ihres Etiketts: der Nachweis, dass es das Gerät ist, das wir verkauft haben.',
  'answer.needs.install_photo': 'Ein Foto der Installation, auf dem man sieht, wie das Gerät angeschlossen war.',
  'answer.needs.fault_description': 'Eine Beschreibung des Fehlers: was passiert, seit wann, und was Sie versucht haben.',
  'answer.needs.evidence': 'Nachweise (Video, Screenshots, Testprotokolle, Konsolenausgaben): damit kann unser Team schnell genehmigen.',
  'answer.missing.order_number': 'Ihre Bestellnummer',
  'answer.missing.item': 'welcher Artikel der Bestellung betroffen ist',
  'answer.missing.serial': 'die Seriennummer (abgetippt)',
  'answer.missing.serial_photo': 'das Foto des Seriennummern-Etiketts',
  'answer.missing.install_photo': 'das Foto der Installation',
  'answer.missing.fault': 'die Fehlerbeschreibung',
  'answer.missing.evidence': 'Nachweise',
  'answer.progress.has_all': 'Für {ref} liegt all das bereits vor.',
  'answer.progress.info': 'Unser Team hat zu {ref} weitere Angaben erbeten: {what}',
  'answer.progress.missing': 'Für {ref} fehlt noch: {missing}. Ich frage nacheinander danach.',

  // Status
  'answer.your_rma': 'Ihre RMA',
  'answer.again': 'Schreiben Sie jederzeit wieder, um eine neue Reklamation zu eröffnen.',
  'answer.closed.replacement': '{ref} ist erledigt: Ein Ersatzgerät zu {rma} ist unterwegs.',
  'answer.closed.repair': '{ref} ist erledigt: Das Gerät wurde repariert und wird unter {rma} an Sie zurückgeschickt.',
  'answer.closed.refund': '{ref} ist mit einer Erstattung zu {rma} erledigt; wann sie eingeht, hängt von Ihrer Zahlungsart ab.',
  'answer.closed.fixed': '{ref} ist geschlossen: Die Fehlersuche hat das Problem behoben, eine Rücksendung war nicht nötig.',
  'answer.closed.resolved': '{ref} ist erledigt.',
  'answer.declined.outside_window': 'der Artikel liegt außerhalb der {warrantyDays}-Tage-Gewährleistung',
  'answer.declined.non_returnable': 'der Artikel wurde {terms} verkauft und kann nicht zurückgegeben werden',
  'answer.declined.by_staff': 'unser Team hat ihn abgelehnt',
  'answer.declined.by_staff_note': 'unser Team hat ihn abgelehnt ({note})',
  'answer.declined': '{ref} wurde abgelehnt: {why}.',
  'answer.declined.contact': 'Wenn Sie meinen, dass das nicht stimmt, antworten Sie hier oder schreiben Sie an {email}.',
  'answer.closed.expired':
    '{ref} wurde geschlossen, weil unter {rma} nicht rechtzeitig etwas verschickt wurde. Bitte verschicken Sie nichts mehr darunter; unser Team kann den Fall wieder öffnen.',
  'answer.closed.silent': '{ref} wurde geschlossen, weil wir {days, plural, one {# Tag} other {# Tage}} nichts von Ihnen gehört haben.',
  'answer.closed.cancelled': '{ref} wurde storniert.',
  'answer.status.info': '{ref}: Unser Team hat weitere Informationen erbeten: {what}',
  'answer.status.info_reply': 'Bitte antworten Sie hier (Text oder Dateien).',
  'answer.status.gathering_missing': '{ref}: Ich sammle noch die Angaben. Es fehlt noch: {missing}. Ich frage nacheinander danach.',
  'answer.status.gathering': '{ref}: Ich sammle noch die Angaben und frage als Nächstes nach allem, was fehlt.',
  'answer.status.troubleshooting':
    '{ref}: Ich habe Ihnen einige Prüfungen geschickt. Schreiben Sie mir „behoben“ oder „funktioniert immer noch nicht“, dann geht es weiter.',
  'answer.status.review':
    '{ref} liegt unserem Team zur Prüfung vor. Sie hören hier von uns; bis dahin brauchen wir nichts weiter von Ihnen.',
  'answer.status.approved_rma':
    '{ref} ist genehmigt: Ihre RMA-Nummer ist {rma}. Senden Sie den Artikel mit {rma} auf dem Karton und schicken Sie mir dann die Sendungsnummer.',
  'answer.status.approved':
    '{ref} ist genehmigt. Senden Sie den Artikel mit der RMA-Nummer auf dem Karton und schicken Sie mir dann die Sendungsnummer.',
  'answer.status.in_transit': '{ref}: Ihre Rücksendung {rma} ist auf dem Weg zu uns. Wir melden uns, wenn sie ankommt.',
  'answer.status.in_transit_tracking':
    '{ref}: Ihre Rücksendung {rma} ist auf dem Weg zu uns (Sendungsnummer {tracking}). Wir melden uns, wenn sie ankommt.',
  'answer.status.inspection': '{ref}: Wir haben das Gerät zu {rma} erhalten und prüfen es. Das Ergebnis erfahren Sie hier.',
  'answer.status.other': '{ref} ist {state}.',

  // Shipping, return address, refunds
  'answer.shipping.cover':
    'Bei bestätigten DOA- oder Gewährleistungsfällen übernehmen wir Rück- und Neuversand einschließlich Zöllen, Steuern und Verzollung bis {cap} pro Fall.',
  'answer.shipping.when':
    'Die Übernahme gilt, sobald der Fall als berechtigt bestätigt ist (genehmigt, mit RMA-Nummer). Alles über {cap} muss vor dem Versand schriftlich von uns genehmigt werden.',
  'answer.shipping.receipts': 'Bitte bewahren Sie Versandbelege und Sendungsdaten auf.',
  'answer.shipping.applies': '{ref} ist genehmigt ({rma}), die Übernahme gilt also dafür.',
  'answer.shipping.recorded': 'Bisher erfasst: {covered} übernommen.',
  'answer.shipping.recorded_pending': 'Bisher erfasst: {covered} übernommen, {pending} warten auf schriftliche Genehmigung.',
  'answer.shipping.not_yet': '{ref} ist noch nicht genehmigt; bitte verschicken Sie nichts, bevor Sie eine RMA-Nummer haben.',
  'answer.address.asked':
    'Ihre RMA-Nummer ist {rma}. Ich habe unser Team gebeten, Ihnen die Rücksendeadresse hier zu schicken; bitte warten Sie diese ab, bevor Sie etwas versenden.',
  'answer.address.later':
    'Unser Team schickt die Rücksendeadresse mit der RMA-Nummer, sobald die Rücksendung genehmigt ist. Bitte verschicken Sie vorher nichts.',
  'answer.address.ship_to': 'Ihre RMA-Nummer ist {rma}. Senden Sie den Artikel an:',
  'answer.address.write_rma': 'Schreiben Sie {rma} gut lesbar auf den Karton.',
  'answer.address.returns_go_to': 'Rücksendungen gehen an:',
  'answer.address.rule':
    'Versenden Sie erst, wenn Sie eine RMA-Nummer haben, und schreiben Sie sie auf den Karton: Rücksendungen ohne RMA-Nummer werden unter Umständen nicht bearbeitet.',
  'answer.refund.awaiting_return':
    'Zu {ref}: Senden Sie den Artikel mit {rma} auf dem Karton und schicken Sie mir die Sendungsnummer; das Ergebnis folgt, sobald wir ihn erhalten und geprüft haben.',
  'answer.refund.in_transit': '{rma} ist auf dem Weg zu uns; das Ergebnis folgt, sobald wir die Sendung erhalten und geprüft haben.',
  'answer.refund.inspection': 'Wir haben das Gerät zu {rma} erhalten und prüfen es; das Ergebnis folgt.',
  'answer.refund.refunded': '{ref} wurde mit einer Erstattung erledigt; wann sie eingeht, hängt von Ihrer Zahlungsart ab.',
  'answer.refund.replacement': '{ref} wurde mit einem Ersatzgerät statt einer Erstattung erledigt.',
  'answer.refund.repair': '{ref} wurde mit einer Reparatur statt einer Erstattung erledigt.',
  'answer.refund.fixed': '{ref} wurde als durch die Fehlersuche behoben geschlossen; es gibt daher keine Rücksendung und keine Erstattung.',
  'answer.refund.timing':
    'Wann eine Erstattung eingeht, hängt von Ihrer Zahlungsart ab und, wenn der Artikel zurückkommt, von der Prüfung: Erstattungen werden bearbeitet, nachdem der zurückgesandte Artikel eingegangen und geprüft ist.',
  'answer.refund.outcomes': 'Je nach Fall und Lagerbestand gibt es ein Ersatzgerät, eine Reparatur oder eine Erstattung.',
  'answer.as_is.rule':
    'Artikel, die „wie besehen“, „als Ersatzteilspender“ oder „ohne Rückgaberecht“ verkauft oder anderweitig als nicht rückgabefähig gekennzeichnet wurden, können nicht zurückgegeben werden und haben keine DOA- oder Gewährleistungsabdeckung.',
  'answer.as_is.applies': 'Ihr {part} wurde {terms} verkauft; diese Regel gilt also dafür.',
  'answer.as_is.not_applies': 'Ihr {part} wurde zu Standardbedingungen verkauft; diese Regel gilt also nicht dafür.',
  'answer.not_covered.warranty':
    'Die Gewährleistung deckt Funktionsausfälle bei normalem Gebrauch. Nicht gedeckt sind unsachgemäßer Gebrauch, fehlerhafte Installation, physische Schäden, Flüssigkeit, Feuer, Blitzschlag, Überspannung sowie nicht autorisierte Reparaturen oder Änderungen.',
  'answer.not_covered.compatibility':
    'Kompatibilitätsprobleme (Firmware oder Software, nicht unterstützte Konfigurationen, Herstellersperre) sind keine Defekte, außer die Kompatibilität wurde schriftlich zugesagt.',
  'answer.not_covered.serials':
    'Artikel mit entfernten oder veränderten Seriennummern oder Etiketten oder mit Spuren von Manipulation können nicht zurückgegeben werden.',
  'answer.not_covered.unsure':
    'Wenn Sie nicht sicher sind, ob das auf Sie zutrifft, schildern Sie uns, was passiert ist: Unser Team sieht sich jeden Fall an.',

  // Troubleshooting checks
  'check.cli.other.inventory': 'das Hardware-Inventar (zum Beispiel `show inventory`, oder `show chassis hardware` bei Juniper)',
  'check.cli.other.optics':
    'die Diagnosewerte der Optik (zum Beispiel `show interfaces transceiver detail`, oder `show interfaces diagnostics optics` bei Juniper)',
  'check.cli.other.environment': 'den Umgebungsstatus (zum Beispiel `show environment`, oder `show chassis environment` bei Juniper)',
  'check.cli.other.log': 'das Geräteprotokoll (zum Beispiel `show logging`, oder `show log messages` bei Juniper)',
  'check.lock.cisco':
    'Suchen Sie in {log} nach Meldungen einer Herstellersperre (`%PHY-4-UNSUPPORTED_TRANSCEIVER`, err-disable durch `gbic-invalid`).',
  'check.lock.juniper': 'Suchen Sie in {inventory} und {log} nach Meldungen, dass die Optik nicht unterstützt wird.',
  'check.lock.arista': 'Suchen Sie in {log} nach Meldungen, dass der Transceiver nicht unterstützt oder nicht qualifiziert ist.',
  'check.lock.other':
    'Suchen Sie in {log} nach Meldungen, dass die Optik nicht unterstützt wird oder nicht original ist (Herstellersperre).',
  'check.optic.recognised':
    'Prüfen Sie, ob das Gerät die Optik erkennt: {inventory} sollte sie mit der Seriennummer von ihrem Etikett auflisten.',
  'check.optic.clean':
    'Reinigen Sie beide Faserenden und die Optik, und prüfen Sie, ob Fasertyp und Wellenlänge zur Optik passen (SM/MM, 1310/1550 nm).',
  'check.optic.dom':
    'Lesen Sie die DOM-Werte mit {optics}: Tx-/Rx-Leistung, Bias, Temperatur und Spannung im Vergleich zu den Alarmschwellen.',
  'check.optic.swap':
    'Testen Sie die Optik in einem anderen Port oder tauschen Sie sie gegen eine funktionierende; ein Loopback-Test hilft.',
  'check.psu.leds': 'Prüfen Sie die LED-Farben und {environment} für das Netzteil und die Lüfter; {log} zeigt Stromalarme.',
  'check.psu.outlet': 'Probieren Sie eine andere Steckdose oder Einspeisung und ein anderes Netzkabel.',
  'check.psu.reseat': 'Setzen Sie das Netzteil neu in seinen Schacht ein oder testen Sie es im anderen Schacht.',
  'check.card.reseat': 'Setzen Sie die Karte fest neu ein und prüfen Sie, ob sie in einem Steckplatz sitzt, den das Chassis unterstützt.',
  'check.card.inventory': 'Prüfen Sie, ob die Karte in {inventory} erscheint, und suchen Sie in {log} nach POST- oder Stromfehlern.',
  'check.card.software': 'Prüfen Sie, ob die Softwareversion (`show version`) diese Karte unterstützt, und den Lizenzstatus.',
  'check.card.slot': 'Probieren Sie einen anderen Steckplatz oder, falls vorhanden, ein anderes Chassis.',
  'check.chassis.power': 'Prüfen Sie die Strom- und Lüfter-LEDs und {environment}; probieren Sie eine andere Steckdose oder Einspeisung.',
  'check.chassis.console':
    'Verbinden Sie sich mit dem Konsolenport und zeichnen Sie das Boot-Log auf: POST-Ergebnis, ROMMON, Boot-Schleifen oder Crash-Dateien; {log} zeigt Fehler seit dem Start.',
  'check.chassis.software': 'Prüfen Sie die Softwareversion (`show version`) und den Lizenzstatus sowie kürzliche Up- oder Downgrades.',
  'check.chassis.ports':
    'Probieren Sie einen anderen Port oder ein anderes Kabel; sehen Sie sich die Fehlerzähler der Schnittstellen an (CRC).',
  'check.compatibility':
    'Hinweis: Nach unserer Richtlinie sind Kompatibilitätsprobleme (Firmware oder Software, nicht unterstützte Konfigurationen, Herstellersperre) keine Funktionsdefekte, außer die Kompatibilität wurde schriftlich zugesagt.',
  'check.tip.cisco':
    'Bei Cisco lässt `service unsupported-transceiver` zusammen mit `no errdisable detect cause gbic-invalid` Optiken von Drittanbietern oft funktionieren.',
  'check.tip.juniper':
    'Bei Juniper werden Optiken von Drittanbietern eventuell als nicht unterstützt protokolliert: Prüfen Sie {inventory} und {log} auf solche Meldungen; ob es eine Umgehung gibt, hängt von der Plattform ab.',
  'check.tip.other':
    'Manche Plattformen akzeptieren Optiken von Drittanbietern erst nach einer Konfigurationsänderung; die Dokumentation Ihrer Plattform sagt, ob das bei Ihrer der Fall ist.',
};
