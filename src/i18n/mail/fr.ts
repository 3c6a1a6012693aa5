import type { MailKey } from './en.ts';

export const fr: Record<MailKey, string> = {
  'mail.footer.case':
    'Pour répondre, répondez à cet e-mail en gardant [{ref}] dans l’objet. Pour parler à quelqu’un, dites-le simplement dans votre réponse.',
  'mail.footer': 'Pour parler à quelqu’un, dites-le simplement dans votre réponse.',
  'mail.subject.claim': 'Votre réclamation [{ref}]',
  'mail.subject.message': 'Votre message au service des retours',
};
