import type { MailKey } from './en.ts';

export const de: Record<MailKey, string> = {
  'mail.footer.case':
    'Antworten Sie einfach auf diese E-Mail und lassen Sie [{ref}] im Betreff stehen. Möchten Sie mit einem Mitarbeiter sprechen, schreiben Sie es in Ihre Antwort.',
  'mail.footer': 'Möchten Sie mit einem Mitarbeiter sprechen, schreiben Sie es einfach in Ihre Antwort.',
  'mail.subject.claim': 'Ihre Reklamation [{ref}]',
  'mail.subject.message': 'Ihre Nachricht an die Retourenabteilung',
};
