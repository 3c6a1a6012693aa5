import type { MailKey } from './en.ts';

export const zh: Record<MailKey, string> = {
  'mail.footer.case': '如需回复，请直接回复此邮件，并在主题中保留 [{ref}]。如需人工客服，请在回复中注明“转人工”。',
  'mail.footer': '如需人工客服，请在回复中注明“转人工”。',
  'mail.subject.claim': '您的退货申请 [{ref}]',
  'mail.subject.message': '您发给退货服务台的消息',
};
