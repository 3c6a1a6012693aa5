import type { MailKey } from './en.ts';

export const es: Record<MailKey, string> = {
  'mail.footer.case':
    'Para contestar, responda a este correo y mantenga [{ref}] en el asunto. Si desea hablar con una persona, indíquelo en su respuesta.',
  'mail.footer': 'Si desea hablar con una persona, indíquelo en su respuesta.',
  'mail.subject.claim': 'Su reclamación [{ref}]',
  'mail.subject.message': 'Su mensaje al servicio de devoluciones',
};
