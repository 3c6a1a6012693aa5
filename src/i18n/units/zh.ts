// Simplified Chinese messages of a claim for several units; keys and placeholders as in en.ts. A unit is
// “第 N 件设备”; the only unit of a claim is just “设备”.
import type { UnitsKey } from './en.ts';

export const zh: Record<UnitsKey, string> = {
  'units.word': '{count, plural, other {{units, select, none {设备} other {第 {units} 件设备}}}}',
  'customer.units.taken': '本次申请现涵盖订单 {order} 中的 {count, number} 件设备：',
  'customer.units.line.covered': '{number}. {item}: {kind}，保障有效期至 {endsOn}',
  'customer.units.line.unverified': '{number}. {item}: 我们的工作人员将核实其送达日期',
  'customer.units.line.outside_window': '{number}. {item}: 不在保障范围内，其{warrantyDays}天保修已于 {endedOn} 到期',
  'customer.units.line.non_returnable': '{number}. {item}: 不在保障范围内，该商品{terms}',
  'customer.units.none_covered': '很抱歉，根据我们的政策，这些设备均不在保障范围内。{contact}',
  'customer.ask.unit_serial': '请输入第 {number} 件设备（{part}）标签上印的序列号（SN）。',
  'customer.ask.unit_serial_photo':
    '请发送一张第 {number} 件设备（{part}{serial, select, none {} other {，SN {serial}}}）序列号标签的照片。',
  'customer.ask.units_fault':
    '请描述一下故障：具体现象、从什么时候开始，以及您已经尝试过哪些操作。如果全部 {count, number} 件设备的故障表现相同，描述一次即可；否则请分别说明每件设备的情况。',
  'customer.return.units': '以下设备已获批按 {rma} 退回，请尽量装在同一个包裹中寄出：',
  'customer.return.unit_line': '{number}. {part}{serial, select, none {} other {，SN {serial}}}',
  'customer.return.units_not_approved': '未获批准：',
  'customer.return.unit_not_approved': '{number}. {part}：{reason}',
  'customer.units.denied': '工单 {ref}：很抱歉，{unitWord}不在保障范围内，原因：{reason}。我们的工作人员仍在审核其余设备。',
  'customer.advance.shipped':
    '{units, select, none {} other {{unitWord}的}}替换设备已在寄往您的途中：运单号 {tracking}。请在 {returnBy} 之前将故障{count, plural, other {设备}}寄回，并在包裹上注明 {rma}，然后把运单号发给我。',
  'customer.advance.reminder':
    '温馨提醒：工单 {ref} 的替换设备已寄出，需寄回的{unitWord}须在 {returnBy} 之前寄达我们这里（RMA {rma}）。寄出后请把运单号发给我。',
  'customer.advance.overdue':
    '工单 {ref} 中需寄回的{unitWord}应于 {returnBy} 之前寄达，但我们尚未收到。请现在寄出并把运单号发给我；如有任何问题，也请告诉我。{person}',
  'customer.units.received':
    '我们已收到 {rma} 的{unitWord}，正在检测{count, plural, other {}}。{out, select, none {} other {仍在寄回途中：{out}。}}',
  'customer.units.summary': '工单 {ref} 已关闭。各件设备的处理结果如下：',
  'customer.units.outcome': '{number}. {part}{serial, select, none {} other {，SN {serial}}}：{outcome}',
  'customer.units.outcome.replacement': '已寄出替换设备',
  'customer.units.outcome.repair': '已维修并寄回',
  'customer.units.outcome.refund': '已退款',
  'customer.units.outcome.declined': '未获通过：{reason}',
  'customer.units.why.outside_window': '其{warrantyDays}天保修已于 {endedOn} 到期',
  'customer.units.why.not_approved': '未获我们工作人员批准；如需了解原因，请询问我们',
  'customer.units.outcome.denied': '未获批准：{reason}',
  'staff.units.review': '本申请的设备（{count, number} 件）：',
  'staff.units.review_line': '{number}. {part}，序列号 {sold}；客户输入 {given}；{kind}；序列号照片：{photo}；故障：{fault}',
  'staff.units.review_line.not_covered': '{number}. {part}，序列号 {sold}：不在保障范围内（{reason}），已按政策拒绝',
  'staff.units.decide': '逐件决定：`/rma approve {ref} units 1,2`、`/rma deny {ref} units 3 REASON`；或用按钮一次性处理全部。',
  'staff.units.denied': '{ref}：{unitWord}已拒绝（{reason}）；其余设备仍待决定。',
  'staff.units.received': '{ref}：已收到{unitWord}。',
  'staff.units.unexpected': '{ref}：收到序列号 {serials}，不是 {rma} 已批准的设备（已标记 unit_mismatch）。',
  'staff.units.still_out': '尚未到货：{unitWord}。',
  'staff.units.resolved': '{ref}：{unitWord}：{resolution}。尚无结果：{open}。',
  'staff.advance.shipped': '{ref}：已为{unitWord}寄出预先替换（{tracking}）；故障{count, plural, other {设备}}须在 {returnBy} 之前寄回。',
  'staff.advance.overdue': '{ref}：预先替换后需寄回的{unitWord}应于 {returnBy} 之前寄回，但尚未收到（已标记 return_overdue）。',
  'staff.units.summary': '{ref} 已处理完毕：{summary}。',
};
