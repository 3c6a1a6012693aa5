import type { RefusalKey } from './en.ts';

export const zh: Record<RefusalKey, string> = {
  'refusal.text_too_long': '您的消息有 {length, number} 个字符；上限为 {limit, number}。较长的日志请以 .txt 或 .log 文件发送。',
  'refusal.too_many_files': '一条消息中有 {count, number} 个文件；每次最多发送 {limit, number} 个。',
  'refusal.file_type':
    '无法保存“{name}”（{type}）。请发送照片（JPEG、PNG、HEIC）、视频（MP4、MOV）、日志和抓包（TXT、LOG、PCAP）、PDF，或将它们打包为 ZIP。',
  'refusal.unknown_type': '未知类型',
  'refusal.file_empty': '“{name}”是空文件；请重新发送。',
  'refusal.file_too_large':
    '“{name}”大小为 {size}；{kind, select, image {图片} video {视频} other {此类文件}}的上限为 {limit}。请发送更小或更短的文件。',
  'refusal.empty': '消息为空。',
  'refusal.not_your_case':
    '{ref} 不是您的工单，因此我没有把您的消息添加进去。如果您代表创建该工单的客户，请让其联系我们的工作人员把您添加到工单中。',
  'refusal.other_customers_thread': '此对话属于另一位客户的申请（{ref}）。如需提交您自己的申请，请在频道中发送一条新消息。',
  'refusal.still_open': '{ref} 仍在处理中。如需提交另一个申请，请在支持频道发送一条新消息，或发送“取消”先关闭当前申请。',
  'refusal.claims_per_day':
    '您在过去 24 小时内已提交 {count} 个申请，已达到每日上限。请在您已有的工单中回复，或发送邮件至 {email}，会有专人为您处理。',
};
