// Simplified Chinese messages of the case notices; keys and placeholders as in en.ts.
import type { WordingKey } from './en.ts';

export const zh: Record<WordingKey, string> = {
  // Buttons
  'button.fixed': '问题已解决',
  'button.still_failing': '还是不行',
  'button.cancel': '取消我的申请',
  'button.confirm_cancel': '是的，取消',
  'button.keep': '不，继续保留',
  'button.approve': '批准',
  'button.deny': '拒绝',
  'button.request_info': '要求补充信息',

  // Shared pieces
  'kind.doa': 'DOA（到货即故障）',
  'kind.warranty': '{days}天保修',
  'customer.person': '如需人工客服，直接发送“转人工”即可。',
  'customer.new_claim': '如需提交新申请，请发送对应的订单号，或发送“新申请”。',
  'customer.closed.rma_expired': '已因 RMA 过期且设备未寄出而关闭',
  'customer.closed.no_response': '已因未收到回复而关闭',
  'customer.closed.resolved': '已处理完毕',
  'customer.closed.declined': '未获批准',
  'customer.closed.cancelled': '已取消',

  // Intake questions
  'customer.opened':
    '您好，这里是退货服务台。我已为您的 DOA 或保修申请创建工单 {ref}。接下来我会按照我们的政策，逐项向您收集所需信息：订单号、部件号、序列号标签照片、安装照片、故障描述以及相关证明材料。每一步您都可以随时向我提问。{person}',
  'customer.ask.order_number': '请问您的订单号是多少？',
  'customer.ask.item':
    '订单 {order} 中共有{count, plural, other {#件商品}}。本次申请针对的是哪一件？请回复它的序号或部件号（多件故障？请列出它们的序号，例如 1, 3）：',
  'customer.ask.serial_number': '请输入 {part} 标签上印的序列号（SN）。',
  'customer.ask.serial_number.unit': '请输入设备标签上印的序列号（SN）。',
  'customer.ask.serial_photo': '请发送一张序列号标签的照片，确保整张标签清晰可读。',
  'customer.ask.install_photo': '请发送一张安装照片，展示设备的上架方式和连接情况（电源、线缆、光模块）。',
  'customer.ask.fault_description': '请描述一下故障：具体现象、从什么时候开始，以及您已经尝试过哪些操作。',
  'customer.ask.evidence':
    '请发送相关证明材料：视频、截图、测试日志或控制台输出（例如 `show version`、`show inventory`、`show logging`）。您也可以直接把输出内容以文本形式粘贴过来。',
  'customer.ask.troubleshooting': '以上检查解决问题了吗？请回复“好了”或“还是不行”。',
  'customer.ask.tracking_number': '标有 {rma} 的包裹寄出后，请把运单号发给我。',
  'customer.ask.tracking_number.no_rma': '标有 RMA 编号的包裹寄出后，请把运单号发给我。',
  'customer.ask.confirm_cancel': '您确定要取消工单 {ref} 吗？回复“是”即取消，回复“不”则继续保留。',
  'customer.nudge.order_number': '我需要先确认订单号，也就是您的发票或订单确认单上显示的编号。',
  'customer.nudge.item': '我没能确定您指的是哪一件商品。部件号相同的多件商品，请用列表中的序号或序列号区分。',
  'customer.nudge.serial_number': '我没有在您的消息中找到序列号。',
  'customer.nudge.serial_photo': '我还需要一张序列号标签的照片（请以图片形式附上）。',
  'customer.nudge.install_photo': '我还需要一张安装照片（请以图片形式附上）。',
  'customer.nudge.fault_description': '麻烦您再多描述一些故障情况。',
  'customer.nudge.evidence': '我还需要一些证明材料：请附上文件，或直接粘贴日志或控制台输出。',
  'customer.nudge.confirm_cancel': '抱歉，请回复“是”或“不”。',
  'customer.serial_tip.label': '序列号印在设备的标签上，位于“SN”或“S/N”字样之后。',
  'customer.serial_tip.inventory':
    '序列号印在该部件的标签上，位于“SN”或“S/N”字样之后；您也可以在安装该部件的设备上运行 {command}，然后复制 {part} 对应的序列号。',
  'customer.type_serial': '请输入序列号。',

  // Orders and eligibility
  'customer.order_not_found': '我找不到订单 {order}。请核对订单确认单上的编号后重新发送。',
  'customer.order_not_found.again':
    '订单 {order} 也没有找到。请再核对一下订单确认单；如果仍然找不到，请发送“转人工”，我们的工作人员会帮您查询。',
  'customer.which_order': '您提到了订单 {orders}。本次申请针对的是哪一个？请只回复一个订单号；其他订单可以稍后另行提交新申请。',
  'customer.eligible':
    '谢谢，我在订单 {order} 中找到了{item}。该商品于您提出申请前{days, plural, other {#天}}送达，在 {endsOn} 之前均可按{kind}处理。',
  'customer.eligible.the_item': '该商品',
  'customer.unverified_order':
    '谢谢，我找到了订单 {order}。系统中暂时还没有它的送达日期，因此将由我们的工作人员确认是否符合条件；在此期间，我们先把其他信息收集齐。',
  'customer.declined.contact':
    '如果您认为这一结果有误，请直接在这里回复，我们会安排工作人员复核；您也可以发送邮件至 {email}，并附上订单号和相关证明材料。',
  'customer.declined.outside_window':
    '很抱歉：该商品已超出{warrantyDays}天保修期（送达日期为 {deliveredOn}，距申请已有{days}天；保修已于 {endedOn} 到期），因此工单 {ref} 未获批准。{contact}',
  'customer.declined.non_returnable': '很抱歉：{item} 属于{terms}的商品，根据我们的政策不可退货，因此工单 {ref} 未获批准。{contact}',
  'customer.declined.non_returnable.this_item':
    '很抱歉：该商品属于{terms}的商品，根据我们的政策不可退货，因此工单 {ref} 未获批准。{contact}',
  'customer.declined.by_staff': '很抱歉，经我们的工作人员审核，工单 {ref} 未获批准，原因：{reason}。{contact}',
  'terms.sold.as-is': '按现状出售',
  'terms.sold.for-parts': '仅作零件出售',
  'terms.sold.no-returns': '按不退不换条件出售',

  // Serials
  'customer.serial_mismatch':
    '序列号 {serial} 与我们记录中该商品的信息不符。如果是输入有误，请直接重新输入序列号；如果输入无误，我已记录下这一情况，交由工作人员核查。',
  'customer.serial_mismatch.photo':
    '序列号 {serial} 与我们记录中该商品的信息不符。如果是输入有误，请直接重新输入序列号；如果输入无误，我已记录下这一情况，交由工作人员核查，请务必确保您发送的照片中标签清晰可读。',
  'customer.serial_confirmed': '谢谢，{serial} 与订单 {order} 中的 {part} 相符；我已更正工单 {ref} 上的序列号。',
  'customer.serial_repeated': '谢谢，工单 {ref} 已记录序列号 {serial}。',
  'customer.part_number_given.ours': '{part} 是部件号；我需要的是您这台设备的序列号（SN）。',
  'customer.part_number_given.other': '{given} 是订单 {order} 中另一件商品的部件号；我需要的是本次申请所针对的 {part} 的序列号（SN）。',

  // Troubleshooting, review, messages
  'customer.troubleshoot': '在办理退货之前，请先尝试以下检查；网络设备的大多数故障都能通过这些步骤发现：',
  'customer.fixed': '很高兴设备已恢复正常。工单 {ref} 已关闭，无需退货。',
  'customer.review_needed': '工单 {ref} 已转交我们的工作人员审核，结果会在这里通知您。',
  'customer.added': '谢谢，我已将这些内容添加到工单 {ref}，我们的工作人员会看到。',
  'customer.closed_case_message': '工单 {ref} {closed}。我已将您的消息转给我们的工作人员，会有专人在这里回复您。{newClaim}',
  'customer.human.order_attempts':
    '我仍然找不到该订单，已请我们的工作人员帮您查询，他们会在这里回复您。在此期间，您可以把订单确认单或发票以文件形式发过来。',
  'customer.human': '我已请我们的工作人员协助处理工单 {ref}，他们会尽快在这里回复您。在此期间，您可以继续发送相关信息。',
  'customer.kept': '好的，工单 {ref} 将继续保留。',
  'customer.cannot_cancel.closed': '工单 {ref} {closed}，没有可以取消的内容了。{newClaim}',
  'customer.cannot_cancel':
    '工单 {ref} 已无法取消：设备已在寄往我们的途中，或已送达我们这里。我已将您的消息转给我们的工作人员，会有专人在这里回复您。',
  'customer.staff_replied': '我们的工作人员关于工单 {ref} 的留言：',

  // Approval and return
  'customer.return.approved': '您的退货已获批准。RMA 编号：{rma}。',
  'customer.return.wipe': '1. 请清除设备上的配置及所有敏感数据。',
  'customer.return.pack': '2. 请妥善包装，并在包裹外侧清楚地写上 {rma}。',
  'customer.return.ship_to': '3. 寄送地址：{address}',
  'customer.return.wait_for_address': '3. 我们的工作人员会在此对话中将退货地址发给您；请收到地址后再寄出。',
  'customer.return.no_rma_no_return': '没有此 RMA 编号，请勿寄回任何物品：未经批准的退货可能无法处理。',
  'customer.return.costs':
    '本工单的退货运费和重新发货运费（含关税、税费及清关费用）由我们承担，上限为 {cap}；超出部分须在寄出前获得我们的书面批准。请保留好运费收据和物流信息。',
  'customer.return.tracking': '寄出后，请在这里回复运单号。',
  'customer.return.document': '随附的 RMA 文件中有一张标签，请剪下后贴在箱子上。',
  'customer.info_requested': '我们的工作人员需要您为工单 {ref} 补充以下信息：{what}',
  'customer.info_requested.reply': '请直接在这里回复（文字或文件均可）。',
  'customer.tracking_received': '谢谢，{rma} 的运单号 {tracking} 已记录。包裹送达后我们会通知您。',
  'customer.received': '我们已收到 {rma} 对应的设备，正在进行检测。',
  'customer.resolved.replacement': '检测已确认故障：{rma} 的替换设备正在寄往您的途中。工单 {ref} 已处理完毕。',
  'customer.resolved.repair': '检测已确认故障：设备正在维修，修好后将寄回给您（RMA 编号 {rma}）。工单 {ref} 已处理完毕。',
  'customer.resolved.refund': '检测已确认故障：我们将就 {rma} 为您办理退款。退款到账时间取决于您的支付方式。工单 {ref} 已处理完毕。',
  'customer.cost_approved':
    '工单 {ref} 的书面批准：我们同意承担超出 {cap} 上限的 {amount} 运费，因此本工单由我们承担的费用总计为 {covered}。请保留好相关收据。',
  'customer.cancelled': '工单 {ref} 已取消。如果您之后还需要我们的帮助，直接在这里留言即可。{newClaim}',
  'customer.reopened.inspection': '我们的工作人员已重新开启工单 {ref}；您的设备已重新进入检测流程，后续进展会在这里通知您。',
  'customer.reopened': '我们的工作人员已重新开启工单 {ref}。',

  // Timers
  'customer.reminder.intake': '温馨提醒：工单 {ref} 仍在等待您的回复。',
  'customer.reminder.intake.info': '温馨提醒：工单 {ref} 仍在等待您的回复。我们的工作人员需要了解：{what}',
  'customer.reminder.tracking': '温馨提醒：{rma} 的包裹寄出后，请把运单号发给我。RMA 编号在批准后{days}天失效。',
  'customer.doa_window_closing':
    '您的 DOA 申请期限将于 {endsOn} 截止。工单 {ref} 是在期限内提交的，因此仍按 DOA 申请处理；请尽早补充尚缺的材料，以便我们尽快为您处理。',
  'customer.closed.expired':
    '{rma} 已失效：批准后{days}天内没有寄出任何物品，因此工单 {ref} 已关闭。请不要再使用此 RMA 编号寄送商品；如果您仍需退货，请在这里回复，工作人员可以重新开启工单。',
  'customer.closed.silent':
    '由于{days, plural, other {#天}}内没有收到您的回复，工单 {ref} 已关闭。如果您仍需要帮助，直接在这里留言即可，会有专人跟进。',

  // Files
  'customer.file_refused.quota': '我无法为工单 {ref} 保存“{name}”：{reason}。我们的工作人员可以协助您解决这个问题，只需发送“转人工”即可。',
  'customer.file_refused': '我无法为工单 {ref} 保存“{name}”：{reason}。',
  'customer.file_refused.again': '我无法为工单 {ref} 保存“{name}”：{reason}。请重新发送。',

  // Language
  'customer.language_set': '好的，从现在起我将使用简体中文与您沟通。',

  // Staff notices, in the staff language
  'staff.declined': '{ref} 已拒绝（{reason}）：{detail}。',
  'staff.fixed': '{ref} 经故障排查已解决；已关闭，无需退货。',
  'staff.review.title': '{ref} 待审核：{customer}（{platform}）提交的申请，类型：{kind}。',
  'staff.review.unverified': '资格未核实',
  'staff.review.order': '订单 {order}：{item}；送达日期 {deliveredOn}。',
  'staff.review.order.window': '订单 {order}：{item}；送达日期 {deliveredOn}，期限截至 {endsOn}。',
  'staff.review.no_item': '未指定商品',
  'staff.review.unknown': '未知',
  'staff.review.item': '{part}（序列号 {serial}）',
  'staff.review.serial': '客户提供的序列号：{serial}。',
  'staff.review.evidence':
    '证明材料：{count, plural, other {#项}}；序列号照片：{serialPhoto, select, yes {有} other {无}}，安装照片：{installPhoto, select, yes {有} other {无}}。',
  'staff.review.flags': '标记：{flags}。',
  'staff.review.terms': '注意：该商品按“{terms}”条件出售，根据政策不可退货；批准将覆盖此规定。',
  'staff.review.language': '客户使用{language}沟通；其消息按原文显示。',
  'staff.review.fault': '客户描述的故障：',
  'staff.review.no_fault': '故障：未描述。',
  'staff.customer_wrote':
    '{customer} 在 {ref}（{platform}）中留言{hasFiles, select, yes {（附件：{files}）} other {}}{said, select, yes {：} other {。}}',
  'staff.closed_case_message':
    '{customer} 在已关闭的工单 {ref}（{closed}）中留言{hasFiles, select, yes {（附件：{files}）} other {}}。可使用 /rma reply {ref} TEXT 回复，或使用 /rma reopen {ref} 重新开启。{said, select, yes {留言内容：} other {}}',
  'staff.human.asked': '{ref}：{customer} 请求人工服务（{platform}）。请使用 /rma reply {ref} TEXT 或在工单讨论串中回复。客户留言：',
  'staff.human.order_attempts':
    '{ref}：{customer} 尝试了{count, plural, other {#个}}系统中不存在的订单号；请查找该订单，并使用 /rma reply {ref} TEXT 回复。最后一个：',
  'staff.human.misses':
    '{ref}：机器人连续两次未能理解 {customer} 的消息，已转交人工。请使用 /rma reply {ref} TEXT 或在工单讨论串中回复。最后一条：',
  'staff.asked_closed': '{customer} 在已关闭的工单 {ref}（{closed}）中提问：',
  'staff.asks_address': '{customer} 询问 {ref}（{rma}）应寄往何处；请使用 /rma reply {ref} TEXT 发送退货地址。',
  'staff.cancel_refused': '{customer} 要求取消 {ref}（{state}）：',
  'staff.reply_sent': '已就 {ref} 向 {customer} 发送回复。',
  'staff.approved': '{ref} 已由 {by} 批准：已签发 {rma}。',
  'staff.approved.no_address':
    '{ref} 已由 {by} 批准：已签发 {rma}。{customer} 尚未收到退货地址（政策中未设置）：请使用 /rma reply {ref} TEXT 发送。',
  'staff.info_requested': '已就 {ref} 向 {customer} 询问：{what}',
  'staff.tracking_received': '{ref}（{rma}）已寄出：运单号 {tracking}。',
  'staff.received': '{ref}（{rma}）已收到；现进入检测。',
  'staff.resolved': '{ref} 已处理完毕：{resolution}。',
  'staff.cost_recorded.pending':
    '{ref}：已为 {label} 记录 {amount}；其中 {covered} 在承担范围内，超出 {cap} 上限的 {pending} 等待书面批准（/rma approve-cost {ref}）。',
  'staff.cost_recorded': '{ref}：已为 {label} 记录 {amount}；其中 {covered} 在承担范围内。目前累计承担：{total}。',
  'staff.cost_approved': '{ref}：超出上限的 {amount} 已获书面批准，并已通知客户。累计承担：{covered}；待批准：{pending}。',
  'staff.cancelled': '{ref} 已被客户取消。',
  'staff.reopened': '{ref} 已重新开启（{state}）。',
  'staff.note_added': '已为 {ref} 添加备注。',
  'staff.contact_added': '{contact} 现在可以代表 {customer} 在 {ref} 中留言。',
  'staff.closed.expired': '{ref}：{rma} 在{days}天内未寄出，已失效；工单已关闭。',
  'staff.closed.silent': '{ref} 已关闭：在信息收集阶段，{customer} 已{days}天未回复。',
  'staff.review_overdue': '{ref} 等待审核已超过{days, plural, other {#个工作日}}。',
  'staff.file_refused.quota': '{ref}：证据存储拒收了“{name}”（{reason}；政策键 evidenceQuotaMb）。已告知客户可由工作人员协助。',
  'staff.file_refused': '{ref}：证据存储拒收了“{name}”（{reason}）。',
  'staff.file_refused.past_intake':
    '{ref}：证据存储拒收了“{name}”（{reason}）。该工单已过信息收集阶段；如确有需要，请使用 /rma info 向客户索取。',

  // Refusals of a customer's button or command
  'state.intake': '仍在收集信息',
  'state.troubleshooting': '处于故障排查阶段',
  'state.review': '正由我们的工作人员审核',
  'state.awaiting_return': '已获批准，正在等待您寄回包裹',
  'state.in_transit': '正在寄往我们的途中',
  'state.inspection': '正在检测中',
  'state.resolved': '已处理完毕',
  'state.declined': '未获批准',
  'state.cancelled': '已取消',
  'customer.refusal.already_cancelled': '工单 {ref} 已取消，无需其他操作。',
  'customer.refusal.cancel': '工单 {ref} 目前{state}，因此已无法取消。请在这里留言，会有专人为您提供帮助。',
  'customer.refusal.keep': '工单 {ref} 目前{state}，无需保留或取消。',
  'customer.refusal.troubleshooting': '工单 {ref} 目前{state}，不在故障排查阶段：该按钮已不再适用。如需帮助，请在这里留言。',
  'customer.refusal.other': '工单 {ref} 目前{state}，暂时无法执行此操作。',
};
