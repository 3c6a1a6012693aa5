// Simplified Chinese messages of the case notices; keys and placeholders as in en.ts.
import type { WordingKey } from './en.ts';

export const zh: Record<WordingKey, string> = {
  // Buttons
  'button.fixed': '已解决',
  'button.still_failing': '还是不行',
  'button.cancel': '取消我的申请',
  'button.confirm_cancel': '是，取消',
  'button.keep': '不，保留',
  'button.approve': '批准',
  'button.deny': '拒绝',
  'button.request_info': '补充信息',

  // Shared pieces
  'kind.doa': 'DOA（到货即损）',
  'kind.warranty': '{days}天保修',
  'customer.person': '如需人工客服，直接发送“转人工”即可。',
  'customer.new_claim': '如需提交新申请，请发送对应的订单号或发送“新申请”。',
  'customer.closed.rma_expired': '已关闭（RMA 过期未寄出）',
  'customer.closed.no_response': '已关闭（未收到回复）',
  'customer.closed.resolved': '已处理完毕',
  'customer.closed.declined': '已被拒绝',
  'customer.closed.cancelled': '已取消',

  // Intake questions
  'customer.opened':
    '您好，这里是退货服务台。我已为您的 DOA 或保修申请创建了工单 {ref}。我会按照我们的政策逐项向您索取所需信息：订单号、部件号、序列号标签照片、安装照片、故障描述以及佐证材料。任何一步您都可以向我提问。{person}',
  'customer.ask.order_number': '请问您的订单号是多少？',
  'customer.ask.item': '订单 {order} 中有 {count} 件商品。本次申请针对哪一件？请回复它的序号或部件号：',
  'customer.ask.serial_number': '请输入 {part} 标签上印的序列号（SN）。',
  'customer.ask.serial_number.unit': '请输入设备标签上印的序列号（SN）。',
  'customer.ask.serial_photo': '请发送一张序列号标签的照片，标签需完整清晰可读。',
  'customer.ask.install_photo': '请发送一张安装照片：设备如何上架、如何连接（电源、线缆、光模块）。',
  'customer.ask.fault_description': '请描述故障：出现了什么情况、从什么时候开始、您已经尝试过哪些操作。',
  'customer.ask.evidence':
    '请发送佐证材料：视频、截图、测试日志或控制台输出（例如 `show version`、`show inventory`、`show logging`）。您也可以直接把输出粘贴为文字。',
  'customer.ask.troubleshooting': '以上检查解决问题了吗？请回复“好了”或“还是不行”。',
  'customer.ask.tracking_number': '装有 {rma} 的包裹寄出后，请发送运单号给我们。',
  'customer.ask.tracking_number.no_rma': '装有 RMA 的包裹寄出后，请发送运单号给我们。',
  'customer.ask.confirm_cancel': '您要取消 {ref} 吗？回复“是”取消，回复“不”保留。',
  'customer.nudge.order_number': '我需要先拿到订单号，即发票或订单确认邮件上的号码。',
  'customer.nudge.item': '我没能确定您指的是哪件商品。',
  'customer.nudge.serial_number': '我没有在其中找到序列号。',
  'customer.nudge.serial_photo': '我还需要序列号标签的照片（请附上图片）。',
  'customer.nudge.install_photo': '我还需要安装照片（请附上图片）。',
  'customer.nudge.fault_description': '请再多描述一点故障情况。',
  'customer.nudge.evidence': '我还需要一些佐证材料：请附上文件，或粘贴日志、控制台输出。',
  'customer.nudge.confirm_cancel': '抱歉，请回复“是”或“不”。',
  'customer.serial_tip.label': '序列号印在设备标签上，位于“SN”或“S/N”之后。',
  'customer.serial_tip.inventory':
    '序列号印在设备标签上，位于“SN”或“S/N”之后；也可以在它所在的设备上运行 {command}，复制 {part} 对应的序列号。',
  'customer.type_serial': '请输入序列号。',

  // Orders and eligibility
  'customer.order_not_found': '我找不到订单 {order}。请核对订单确认邮件上的号码后重新发送。',
  'customer.order_not_found.again':
    '我还是找不到订单 {order}。请再核对一下订单确认邮件；如果仍然不行，请发送“转人工”，我们的工作人员会帮您查找。',
  'customer.which_order': '您提到了订单 {orders}。本次申请针对哪一个？请只回复一个订单号；其他订单请稍后另行提交新申请。',
  'customer.eligible': '谢谢，我在订单 {order} 中找到了 {item}。它在您提出申请前 {days} 天送达，因此在 {endsOn} 之前享有保障：{kind}。',
  'customer.eligible.the_item': '该商品',
  'customer.unverified_order': '谢谢，我找到了订单 {order}。系统中还没有它的送达日期，工作人员会确认是否符合条件；我们先继续收集信息。',
  'customer.declined.contact': '如果您认为判断有误，请在此回复，工作人员会查看；或将订单号和佐证材料发送至 {email}。',
  'customer.declined.outside_window':
    '很抱歉：该商品已超出 {warrantyDays} 天保修期（送达日期 {deliveredOn}，距申请 {days} 天；保修已于 {endedOn} 结束），因此 {ref} 被拒绝。{contact}',
  'customer.declined.non_returnable': '很抱歉：{item} 是{terms}售出的，根据我们的政策不可退货，因此 {ref} 被拒绝。{contact}',
  'customer.declined.non_returnable.this_item': '很抱歉：该商品是{terms}售出的，根据我们的政策不可退货，因此 {ref} 被拒绝。{contact}',
  'customer.declined.by_staff': '{ref} 已被我们的工作人员拒绝：{reason}。{contact}',
  'terms.sold.as-is': '按“现状”',
  'terms.sold.for-parts': '作为“拆件用”',
  'terms.sold.no-returns': '以“不可退货”条件',

  // Serials
  'customer.serial_mismatch': '序列号 {serial} 与我们记录中该商品的序列号不符。如果是输入错误，请重新输入；否则我已为工作人员做了备注。',
  'customer.serial_mismatch.photo':
    '序列号 {serial} 与我们记录中该商品的序列号不符。如果是输入错误，请重新输入；否则我已为工作人员做了备注，请确保标签照片清晰可读。',
  'customer.serial_confirmed': '谢谢，{serial} 与订单 {order} 中的 {part} 相符；我已更正 {ref} 上的序列号。',
  'customer.serial_repeated': '谢谢，{ref} 已记录 {serial} 为序列号。',
  'customer.part_number_given.ours': '{part} 是部件号；我需要的是您这台设备的序列号（SN）。',
  'customer.part_number_given.other': '{given} 是订单 {order} 中另一件商品的部件号；我需要本次申请所涉及的 {part} 的序列号（SN）。',

  // Troubleshooting, review, messages
  'customer.troubleshoot': '在退货之前，请先尝试以下检查；网络设备的大多数故障都能在这里找到原因：',
  'customer.fixed': '很高兴问题解决了。{ref} 已关闭，无需退货。',
  'customer.review_needed': '{ref} 已提交给工作人员审核。我们会在这里回复您。',
  'customer.added': '谢谢，我已将这些内容添加到 {ref}，工作人员会看到。',
  'customer.closed_case_message': '{ref} {closed}。我已将您的消息转给工作人员，会有专人在这里回复。{newClaim}',
  'customer.human.order_attempts':
    '我还是找不到这个订单，已请工作人员帮忙查找，他们会在这里回复。您也可以先把订单确认邮件或发票作为文件发过来。',
  'customer.human': '我已请工作人员协助处理 {ref}，他们会尽快在这里回复。在此期间您可以继续发送信息。',
  'customer.kept': '好的，{ref} 继续保留。',
  'customer.cannot_cancel.closed': '{ref} {closed}，无需取消。{newClaim}',
  'customer.cannot_cancel': '{ref} 已无法取消：设备已在寄往我们的途中或已在我们这里。我已将您的消息转给工作人员，会有专人在这里回复。',
  'customer.staff_replied': '工作人员关于 {ref} 的消息：',

  // Approval and return
  'customer.return.approved': '您的退货已获批准。RMA 号码：{rma}。',
  'customer.return.wipe': '1. 清除设备上的配置和所有敏感数据。',
  'customer.return.pack': '2. 妥善包装，并在包裹外侧清楚写上 {rma}。',
  'customer.return.ship_to': '3. 寄至：{address}',
  'customer.return.wait_for_address': '3. 工作人员会在此对话中发给您退货地址；请收到后再寄出。',
  'customer.return.no_rma_no_return': '没有此 RMA 号码请勿退回任何物品：未经批准的退货可能不予处理。',
  'customer.return.costs':
    '本工单的退货运费和重新寄送费用（包括关税、税费和清关费用）由我们承担，上限为 {cap}；超出部分须在寄出前获得我们的书面批准。请保留运费凭证和物流信息。',
  'customer.return.tracking': '寄出后请在此回复运单号。',
  'customer.return.document': '附件中的 RMA 文件带有一张标签，请剪下贴在箱子上。',
  'customer.info_requested': '工作人员需要关于 {ref} 的更多信息：{what}',
  'customer.info_requested.reply': '请在此回复（文字或文件）。',
  'customer.tracking_received': '谢谢，已为 {rma} 记录运单号 {tracking}。包裹到达后我们会通知您。',
  'customer.received': '我们已收到 {rma} 的设备，正在检测。',
  'customer.resolved.replacement': '检测确认了故障：{rma} 的替换件已在寄出途中。{ref} 已处理完毕。',
  'customer.resolved.repair': '检测确认了故障：设备正在维修，修好后将以 {rma} 寄回给您。{ref} 已处理完毕。',
  'customer.resolved.refund': '检测确认了故障：我们将为 {rma} 向您退款。到账时间取决于您的付款方式。{ref} 已处理完毕。',
  'customer.cost_approved': '{ref} 的书面批准：我们批准超出 {cap} 保障额度的运费 {amount}，本工单我们共承担 {covered}。请保留相关凭证。',
  'customer.cancelled': '{ref} 已取消。如需再次联系我们，直接在此留言即可。{newClaim}',
  'customer.reopened.inspection': '工作人员已重新打开 {ref}；您的设备重新进入检测，我们会在这里通知您。',
  'customer.reopened': '工作人员已重新打开 {ref}。',

  // Timers
  'customer.reminder.intake': '关于 {ref} 的提醒：我们仍在等待您的回复。',
  'customer.reminder.intake.info': '关于 {ref} 的提醒：我们仍在等待您的回复。工作人员的问题是：{what}',
  'customer.reminder.tracking': '关于 {rma} 的提醒：包裹寄出后请发送运单号。RMA 在批准后 {days} 天失效。',
  'customer.doa_window_closing':
    '您的 DOA 期限将于 {endsOn} 结束。{ref} 是在期限内提交的，仍按 DOA 申请处理；请尽快补充缺少的信息，以便我们尽快为您处理。',
  'customer.closed.expired':
    '{rma} 已失效：批准后 {days} 天内未寄出任何物品，因此 {ref} 已关闭。请不要再使用此 RMA 寄送商品；如仍需要，请在此回复，工作人员可以重新打开工单。',
  'customer.closed.silent': '由于 {days} 天未收到您的回复，{ref} 已关闭。如仍需要帮助，直接在此留言，会有专人跟进。',

  // Files
  'customer.file_refused.quota': '无法为 {ref} 保存“{name}”：{reason}。工作人员可以帮您解决，直接发送“转人工”即可。',
  'customer.file_refused': '无法为 {ref} 保存“{name}”：{reason}。',
  'customer.file_refused.again': '无法为 {ref} 保存“{name}”：{reason}。请重新发送。',

  // Language
  'customer.language_set': '好的，接下来我会用中文回复您。',

  // Staff notices, in the staff language
  'staff.declined': '{ref} 已拒绝（{reason}）：{detail}。',
  'staff.fixed': '{ref} 经排查已解决；无需退货，已关闭。',
  'staff.review.title': '{ref} 待审核：{customer} 的申请（{kind}），来自 {platform}。',
  'staff.review.unverified': '资格未核实',
  'staff.review.order': '订单 {order}：{item}；送达：{deliveredOn}。',
  'staff.review.order.window': '订单 {order}：{item}；送达：{deliveredOn}，期限截至 {endsOn}。',
  'staff.review.no_item': '无商品',
  'staff.review.unknown': '未知',
  'staff.review.item': '{part}（序列号 {serial}）',
  'staff.review.serial': '客户提供的序列号：{serial}。',
  'staff.review.evidence':
    '佐证材料：{count} 项；照片：序列号 {serialPhoto, select, yes {有} other {无}}，安装 {installPhoto, select, yes {有} other {无}}。',
  'staff.review.flags': '标记：{flags}。',
  'staff.review.terms': '注意：以 {terms} 条件售出，按政策不可退货；批准将覆盖此规定。',
  'staff.review.language': '客户使用{language}书写；其原话如实显示。',
  'staff.review.fault': '客户描述的故障：',
  'staff.review.no_fault': '故障：未描述。',
  'staff.customer_wrote':
    '{customer} 在 {ref} 留言（{platform}）{hasFiles, select, yes {，附文件：{files}} other {}}{said, select, yes {：} other {。}}',
  'staff.closed_case_message':
    '{customer} 在已关闭的工单 {ref} 留言（{closed}）{hasFiles, select, yes {，附文件：{files}} other {}}。可用 /rma reply {ref} TEXT 回复，或用 /rma reopen {ref} 重新打开。{said, select, yes {原话：} other {}}',
  'staff.human.asked': '{ref}：{customer} 请求人工（{platform}）。请用 /rma reply {ref} TEXT 或在工单对话中回复。原话：',
  'staff.human.order_attempts':
    '{ref}：{customer} 提供了 {count} 个系统中不存在的订单号；请查找订单并用 /rma reply {ref} TEXT 回复。最后一条：',
  'staff.human.misses':
    '{ref}：机器人连续两条消息无法识别 {customer} 的意思，已转人工。请用 /rma reply {ref} TEXT 或在工单对话中回复。最后一条：',
  'staff.asked_closed': '{customer} 在已关闭的工单 {ref} 提问（{closed}）：',
  'staff.asks_address': '{customer} 询问 {ref}（{rma}）寄往何处；请用 /rma reply {ref} TEXT 发送退货地址。',
  'staff.cancel_refused': '{customer} 要求取消 {ref}（{state}）：',
  'staff.reply_sent': '已在 {ref} 回复 {customer}。',
  'staff.approved': '{ref} 已由 {by} 批准：已签发 {rma}。',
  'staff.approved.no_address':
    '{ref} 已由 {by} 批准：已签发 {rma}。{customer} 还没有退货地址（政策中未设置）：请用 /rma reply {ref} TEXT 发送。',
  'staff.info_requested': '已就 {ref} 询问 {customer}：{what}',
  'staff.tracking_received': '{ref}（{rma}）已寄出：运单号 {tracking}。',
  'staff.received': '{ref}（{rma}）已收货；进入检测。',
  'staff.resolved': '{ref} 已处理：{resolution}。',
  'staff.cost_recorded.pending':
    '{ref}：已记录 {label} {amount}；承担 {covered}，超出 {cap} 上限的 {pending} 待书面批准（/rma approve-cost {ref}）。',
  'staff.cost_recorded': '{ref}：已记录 {label} {amount}；承担 {covered}。目前累计承担：{total}。',
  'staff.cost_approved': '{ref}：超出上限的 {amount} 已书面批准；已通知客户。累计承担：{covered}；待定：{pending}。',
  'staff.cancelled': '{ref} 已被客户取消。',
  'staff.reopened': '{ref} 已重新打开（{state}）。',
  'staff.note_added': '已为 {ref} 添加备注。',
  'staff.contact_added': '{contact} 现在可以代表 {customer} 在 {ref} 留言。',
  'staff.closed.expired': '{ref}：{rma} 在 {days} 天内未寄出已失效；工单已关闭。',
  'staff.closed.silent': '{ref} 已关闭：信息收集阶段 {customer} {days} 天未回复。',
  'staff.review_overdue': '{ref} 等待审核已超过 {days} 个工作日。',
  'staff.file_refused.quota': '{ref}：证据库拒收“{name}”（{reason}；政策键 evidenceQuotaMb）。已告知客户可由工作人员协助。',
  'staff.file_refused': '{ref}：证据库拒收“{name}”（{reason}）。',
  'staff.file_refused.past_intake': '{ref}：证据库拒收“{name}”（{reason}）。工单已过信息收集阶段；如需要，请用 /rma info 向客户索取。',

  // Refusals of a customer's button or command
  'state.intake': '仍在收集信息中',
  'state.troubleshooting': '正在排查中',
  'state.review': '正在由工作人员审核',
  'state.awaiting_return': '已批准，正在等待包裹',
  'state.in_transit': '正在寄往我们的途中',
  'state.inspection': '正在检测中',
  'state.resolved': '已处理完毕',
  'state.declined': '已被拒绝',
  'state.cancelled': '已取消',
  'customer.refusal.already_cancelled': '{ref} 已取消；无需其他操作。',
  'customer.refusal.cancel': '{ref} {state}，因此已无法取消。请在此留言，会有专人帮助您。',
  'customer.refusal.keep': '{ref} {state}；没有需要保留或取消的内容。',
  'customer.refusal.troubleshooting': '{ref} {state}，不在排查阶段：该按钮已不适用。如需帮助请在此留言。',
  'customer.refusal.other': '{ref} {state}；目前无法执行此操作。',
};
