import type { RefusalKey } from './en.ts';

export const de: Record<RefusalKey, string> = {
  'refusal.text_too_long':
    'Ihre Nachricht ist {length, number} Zeichen lang; erlaubt sind höchstens {limit, number}. Bitte senden Sie lange Logs stattdessen als .txt- oder .log-Datei.',
  'refusal.too_many_files': 'Das sind {count, number} Dateien in einer Nachricht; bitte senden Sie höchstens {limit, number} auf einmal.',
  'refusal.file_type':
    'Die Datei „{name}“ ({type}) kann ich nicht speichern. Bitte senden Sie Fotos (JPEG, PNG, HEIC), Videos (MP4, MOV), Logs und Mitschnitte (TXT, LOG, PCAP), PDFs oder ein ZIP-Archiv davon.',
  'refusal.unknown_type': 'unbekannter Typ',
  'refusal.file_empty': '„{name}“ ist leer; bitte senden Sie die Datei noch einmal.',
  'refusal.file_too_large':
    '„{name}“ ist {size} groß; für {kind, select, image {Bilder} video {Videos} other {Dateien dieses Typs}} liegt die Grenze bei {limit}. Bitte senden Sie eine kleinere oder kürzere Datei.',
  'refusal.empty': 'Die Nachricht war leer.',
  'refusal.not_your_case':
    '{ref} ist nicht Ihr Fall, daher habe ich Ihre Nachricht dort nicht hinzugefügt. Wenn Sie im Auftrag des Kunden schreiben, der den Fall eröffnet hat, bitten Sie ihn, Sie von unserem Team zum Fall hinzufügen zu lassen.',
  'refusal.other_customers_thread':
    'Dieser Verlauf gehört zur Reklamation eines anderen Kunden ({ref}). Für eine eigene Reklamation schreiben Sie bitte eine neue Nachricht im Kanal.',
  'refusal.still_open':
    '{ref} ist hier noch offen. Für eine weitere Reklamation schreiben Sie bitte eine neue Nachricht im Support-Kanal – oder schreiben Sie „stornieren“, um diesen Fall zuerst zu schließen.',
  'refusal.claims_per_day':
    'Sie haben in den letzten 24 Stunden {count, plural, one {# Reklamation} other {# Reklamationen}} eröffnet – mehr eröffnen wir an einem Tag nicht. Bitte antworten Sie im Verlauf eines Ihrer Fälle oder schreiben Sie an {email}, dann hilft Ihnen ein Mitarbeiter persönlich weiter.',
};
