import type { RefusalKey } from './en.ts';

export const zh: Record<RefusalKey, string> = {
  'refusal.text_too_long':
    '您的消息共 {length, number} 个字符，超过了 {limit, number} 个字符的上限。较长的日志请改用 .txt 或 .log 文件发送。',
  'refusal.too_many_files': '这条消息包含 {count, number} 个文件；每次最多发送 {limit, number} 个，请分批发送。',
  'refusal.file_type':
    '无法保存“{name}”（{type}）。请发送照片（JPEG、PNG、HEIC）、视频（MP4、MOV）、日志和抓包文件（TXT、LOG、PCAP）、PDF，或将它们打包成 ZIP 发送。',
  'refusal.unknown_type': '未知类型',
  'refusal.file_empty': '“{name}”是空文件，请重新发送。',
  'refusal.file_too_large':
    '“{name}”的大小为 {size}，而{kind, select, image {图片} video {视频} other {此类文件}}的上限为 {limit}。请发送更小或更短的文件。',
  'refusal.empty': '消息为空。',
  'refusal.not_your_case':
    '工单 {ref} 不属于您，因此我没有把您的消息添加进去。如果您是代表创建该工单的客户联系我们，请让对方联系我们的工作人员，把您添加到该工单中。',
  'refusal.other_customers_thread': '此对话属于另一位客户的申请（{ref}）。如需提交您自己的申请，请在频道中发送一条新消息。',
  'refusal.still_open': '工单 {ref} 仍未关闭。如需提交另一个申请，请在支持频道中发送一条新消息；或发送“取消”，先关闭当前工单。',
  'refusal.claims_per_day':
    '您在过去 24 小时内已提交 {count, plural, other {# 个申请}}，已达到每日上限。请在您现有工单的对话中回复，或发送邮件至 {email}，会有专人为您处理。',
};
