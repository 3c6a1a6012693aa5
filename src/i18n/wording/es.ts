// Spanish messages of the case notices; keys and placeholders as in en.ts.
import type { WordingKey } from './en.ts';

export const es: Record<WordingKey, string> = {
  // Buttons
  'button.fixed': 'Ya funciona',
  'button.still_failing': 'Sigue fallando',
  'button.cancel': 'Cancelar mi reclamación',
  'button.confirm_cancel': 'Sí, cancelarla',
  'button.keep': 'No, mantenerla abierta',
  'button.approve': 'Aprobar',
  'button.deny': 'Rechazar',
  'button.request_info': 'Pedir información',

  // Shared pieces
  'kind.doa': 'DOA (defectuoso a la llegada)',
  'kind.warranty': 'garantía de {days} días',
  'customer.person': 'Si quiere hablar con una persona, escriba «hablar con una persona».',
  'customer.new_claim': 'Para iniciar una nueva reclamación, envíe su número de pedido o escriba «nueva reclamación».',
  'customer.closed.rma_expired': 'cerrado (el RMA caducó sin que se enviara la unidad)',
  'customer.closed.no_response': 'cerrado (sin respuesta)',
  'customer.closed.resolved': 'resuelto',
  'customer.closed.declined': 'rechazado',
  'customer.closed.cancelled': 'cancelado',

  // Intake questions
  'customer.opened':
    'Hola, soy el servicio de devoluciones. He abierto el caso {ref} para su reclamación por DOA o garantía. Le pediré lo que exige nuestra política, un dato cada vez: número de pedido, número de pieza, foto de la etiqueta del número de serie, foto de la instalación, descripción de la avería y pruebas que la respalden. Puede hacerme preguntas en cualquier momento. {person}',
  'customer.ask.order_number': '¿Cuál es su número de pedido?',
  'customer.ask.item':
    'El pedido {order} tiene {count, plural, one {# artículo} other {# artículos}}. ¿A cuál corresponde esta reclamación? Responda con el número que tiene en la lista o con su número de pieza (¿fallan varios? indique sus números, p. ej. 1, 3):',
  'customer.ask.serial_number': 'Escriba, por favor, el número de serie (SN) que figura en la etiqueta de {part}.',
  'customer.ask.serial_number.unit': 'Escriba, por favor, el número de serie (SN) que figura en la etiqueta de la unidad.',
  'customer.ask.serial_photo': 'Envíe, por favor, una foto de la etiqueta del número de serie en la que se lea entera.',
  'customer.ask.install_photo':
    'Envíe, por favor, una foto de la instalación: cómo está montada la unidad en el rack y cómo está conectada (alimentación, cables, ópticas).',
  'customer.ask.fault_description': 'Describa, por favor, la avería: qué ocurre, desde cuándo y qué ha probado ya.',
  'customer.ask.evidence':
    'Envíe, por favor, pruebas de la avería: un vídeo, capturas de pantalla, registros de pruebas o la salida de la consola (por ejemplo `show version`, `show inventory`, `show logging`). Puede pegar la salida como texto.',
  'customer.ask.troubleshooting': '¿Se ha solucionado con estas comprobaciones? Responda «ya funciona» o «sigue fallando».',
  'customer.ask.tracking_number': 'Cuando el paquete con {rma} esté en camino, envíenos el número de seguimiento.',
  'customer.ask.tracking_number.no_rma': 'Cuando el paquete con el RMA esté en camino, envíenos el número de seguimiento.',
  'customer.ask.confirm_cancel': '¿Desea cancelar su reclamación {ref}? Responda «sí» para cancelarla o «no» para mantenerla abierta.',
  'customer.nudge.order_number': 'Primero necesito el número de pedido, tal como aparece en su factura o en la confirmación del pedido.',
  'customer.nudge.item':
    'No he podido identificar a qué artículo se refiere. Varios artículos con el mismo número de pieza se distinguen por su número en la lista o por su número de serie.',
  'customer.nudge.serial_number': 'No he encontrado ningún número de serie en su mensaje.',
  'customer.nudge.serial_photo': 'Todavía necesito la foto de la etiqueta del número de serie (adjunte una imagen).',
  'customer.nudge.install_photo': 'Todavía necesito la foto de la instalación (adjunte una imagen).',
  'customer.nudge.fault_description': 'Cuénteme un poco más sobre la avería, por favor.',
  'customer.nudge.evidence': 'Todavía necesito alguna prueba: adjunte un archivo o pegue el registro o la salida de la consola.',
  'customer.nudge.confirm_cancel': 'Disculpe, necesito que me responda «sí» o «no».',
  'customer.serial_tip.label': 'Figura en la etiqueta de la unidad, detrás de «SN» o «S/N».',
  'customer.serial_tip.inventory':
    'Figura en la etiqueta de la unidad, detrás de «SN» o «S/N»; también puede ejecutar {command} en el equipo donde está instalado y copiar el número de serie que aparece para {part}.',
  'customer.type_serial': 'Escriba el número de serie, por favor.',

  // Orders and eligibility
  'customer.order_not_found': 'No encuentro el pedido {order}. Compruebe el número en la confirmación del pedido y vuelva a enviármelo.',
  'customer.order_not_found.again':
    'Tampoco encuentro el pedido {order}. Revise la confirmación del pedido; si aun así no aparece, escriba «hablar con una persona» y nuestro equipo lo buscará.',
  'customer.which_order':
    'Ha mencionado los pedidos {orders}. ¿A cuál corresponde esta reclamación? Responda con un solo número de pedido; para los demás, abra después una nueva reclamación.',
  'customer.eligible':
    'Gracias, he encontrado {item} en el pedido {order}. Se entregó {days, plural, one {# día} other {# días}} antes de su reclamación, así que está cubierto hasta el {endsOn} en concepto de {kind}.',
  'customer.eligible.the_item': 'el artículo',
  'customer.unverified_order':
    'Gracias, he encontrado el pedido {order}. Todavía no consta su fecha de entrega, así que nuestro equipo confirmará si la reclamación procede; mientras tanto, vayamos reuniendo los datos.',
  'customer.declined.contact':
    'Si cree que se trata de un error, responda aquí y una persona lo revisará, o escriba a {email} indicando su número de pedido y las pruebas.',
  'customer.declined.outside_window':
    'Lo siento: este artículo está fuera de la garantía de {warrantyDays} días (se entregó el {deliveredOn}, {days} días antes de la reclamación; la garantía terminó el {endedOn}), por lo que el caso {ref} queda rechazado. {contact}',
  'customer.declined.non_returnable':
    'Lo siento: el artículo {item} fue {terms} y, según nuestra política, no admite devolución, por lo que el caso {ref} queda rechazado. {contact}',
  'customer.declined.non_returnable.this_item':
    'Lo siento: este artículo fue {terms} y, según nuestra política, no admite devolución, por lo que el caso {ref} queda rechazado. {contact}',
  'customer.declined.by_staff': 'Nuestro equipo ha rechazado el caso {ref}: {reason}. {contact}',
  'terms.sold.as-is': 'vendido tal cual',
  'terms.sold.for-parts': 'vendido para piezas',
  'terms.sold.no-returns': 'vendido sin derecho a devolución',

  // Serials
  'customer.serial_mismatch':
    'El número de serie {serial} no coincide con nuestros registros para este artículo. Si ha sido una errata, vuelva a escribirlo; si no, lo he anotado para nuestro equipo.',
  'customer.serial_mismatch.photo':
    'El número de serie {serial} no coincide con nuestros registros para este artículo. Si ha sido una errata, vuelva a escribirlo; si no, lo he anotado para nuestro equipo, así que asegúrese de que la etiqueta se lea bien en la foto.',
  'customer.serial_confirmed':
    'Gracias, {serial} coincide con {part} del pedido {order}; he corregido el número de serie en el caso {ref}.',
  'customer.serial_repeated': 'Gracias, ya tengo {serial} como número de serie del caso {ref}.',
  'customer.part_number_given.ours': '{part} es el número de pieza; necesito el número de serie (SN) de su unidad.',
  'customer.part_number_given.other':
    '{given} es el número de pieza de otro artículo del pedido {order}; necesito el número de serie (SN) de {part}, el artículo de esta reclamación.',

  // Troubleshooting, review, messages
  'customer.troubleshoot':
    'Antes de tramitar la devolución, haga por favor estas comprobaciones; con ellas se localizan la mayoría de las averías en equipos de red:',
  'customer.fixed': 'Me alegro de que funcione. El caso {ref} queda cerrado sin necesidad de devolución.',
  'customer.review_needed': 'El caso {ref} está en revisión por nuestro equipo. Le responderemos por aquí.',
  'customer.added': 'Gracias, lo he añadido al caso {ref} y nuestro equipo lo verá.',
  'customer.closed_case_message':
    'El caso {ref} está {closed}. He pasado su mensaje a nuestro equipo; una persona le responderá por aquí. {newClaim}',
  'customer.human.order_attempts':
    'Sigo sin encontrar ese pedido, así que he pedido a una persona de nuestro equipo que lo busque; le responderá por aquí. Mientras tanto, puede enviarnos la confirmación del pedido o la factura como archivo.',
  'customer.human':
    'He pedido a una persona de nuestro equipo que le ayude con el caso {ref}; le responderá por aquí lo antes posible. Mientras tanto, puede seguir enviando datos.',
  'customer.kept': 'De acuerdo, el caso {ref} sigue abierto.',
  'customer.cannot_cancel.closed': 'El caso {ref} ya está {closed}; no hay nada que cancelar. {newClaim}',
  'customer.cannot_cancel':
    'El caso {ref} ya no se puede cancelar: la unidad ya está en camino hacia nosotros o ya la tenemos. He pasado su mensaje a nuestro equipo; una persona le responderá por aquí.',
  'customer.staff_replied': 'Mensaje de nuestro equipo sobre el caso {ref}:',

  // Approval and return
  'customer.return.approved': 'Su devolución está aprobada. Número de RMA: {rma}.',
  'customer.return.wipe': '1. Borre su configuración y cualquier dato sensible de la unidad.',
  'customer.return.pack': '2. Embálela con cuidado y escriba {rma} de forma bien visible en el exterior del paquete.',
  'customer.return.ship_to': '3. Envíela a: {address}',
  'customer.return.wait_for_address':
    '3. Nuestro equipo le enviará la dirección de devolución en esta conversación; espere a recibirla antes de hacer el envío.',
  'customer.return.no_rma_no_return': 'No devuelva nada sin este número de RMA: las devoluciones no autorizadas podrían no tramitarse.',
  'customer.return.costs':
    'Cubrimos el envío de la devolución y el reenvío, incluidos aranceles, impuestos y despacho de aduanas, hasta {cap} para este caso; cualquier importe superior tenemos que aprobarlo por escrito antes de que haga el envío. Conserve los justificantes de envío y los datos de seguimiento.',
  'customer.return.tracking': 'Cuando la envíe, responda aquí con el número de seguimiento.',
  'customer.return.document': 'El documento RMA adjunto incluye una etiqueta para recortar y pegar en la caja.',
  'customer.info_requested': 'Nuestro equipo necesita más información para el caso {ref}: {what}',
  'customer.info_requested.reply': 'Responda aquí, por favor (con texto o archivos).',
  'customer.tracking_received': 'Gracias, he registrado el número de seguimiento {tracking} para {rma}. Le avisaremos cuando llegue.',
  'customer.received': 'Hemos recibido la unidad de {rma} y la estamos inspeccionando.',
  'customer.resolved.replacement':
    'La inspección ha confirmado la avería: ya hay una unidad de sustitución en camino para {rma}. El caso {ref} queda resuelto.',
  'customer.resolved.repair':
    'La inspección ha confirmado la avería: estamos reparando la unidad y se la devolveremos con {rma}. El caso {ref} queda resuelto.',
  'customer.resolved.refund':
    'La inspección ha confirmado la avería: vamos a reembolsarle el importe de {rma}. El plazo del reembolso depende de su método de pago. El caso {ref} queda resuelto.',
  'customer.cost_approved':
    'Aprobación por escrito para el caso {ref}: aprobamos {amount} de gastos de envío por encima de la cobertura de {cap}, así que ahora cubrimos {covered} en total para este caso. Conserve los justificantes, por favor.',
  'customer.cancelled': 'El caso {ref} queda cancelado. Si vuelve a necesitarnos, escriba aquí. {newClaim}',
  'customer.reopened.inspection':
    'Nuestro equipo ha reabierto el caso {ref}; su unidad vuelve a estar en inspección y le informaremos por aquí.',
  'customer.reopened': 'Nuestro equipo ha reabierto el caso {ref}.',

  // Timers
  'customer.reminder.intake': 'Un recordatorio sobre el caso {ref}: seguimos esperando su respuesta.',
  'customer.reminder.intake.info':
    'Un recordatorio sobre el caso {ref}: seguimos esperando su respuesta. Nuestro equipo le preguntó: {what}',
  'customer.reminder.tracking':
    'Un recordatorio sobre {rma}: envíenos el número de seguimiento cuando el paquete esté en camino. El RMA caduca {days} días después de la aprobación.',
  'customer.doa_window_closing':
    'Su plazo DOA termina el {endsOn}. El caso {ref} se abrió a tiempo, así que sigue siendo una reclamación DOA; envíenos pronto lo que aún falta para que podamos ayudarle cuanto antes.',
  'customer.closed.expired':
    '{rma} ha caducado: no se envió nada en los {days} días siguientes a la aprobación, por lo que el caso {ref} está cerrado. No envíe el artículo con este RMA; si todavía lo necesita, responda aquí y nuestro equipo puede reabrir el caso.',
  'customer.closed.silent':
    'El caso {ref} se ha cerrado porque no hemos tenido noticias suyas durante {days, plural, one {# día} other {# días}}. Si todavía nos necesita, escriba aquí y una persona se encargará.',

  // Files
  'customer.file_refused.quota':
    'No he podido guardar «{name}» en el caso {ref}: {reason}. Una persona de nuestro equipo puede resolverlo con usted; solo tiene que escribir «hablar con una persona».',
  'customer.file_refused': 'No he podido guardar «{name}» en el caso {ref}: {reason}.',
  'customer.file_refused.again': 'No he podido guardar «{name}» en el caso {ref}: {reason}. Envíelo de nuevo, por favor.',

  // Language
  'customer.language_set': 'De acuerdo, a partir de ahora le escribiré en español.',

  // Staff notices, in the staff language
  'staff.declined': '{ref} rechazado ({reason}): {detail}.',
  'staff.fixed': '{ref} se solucionó con las comprobaciones; cerrado sin devolución.',
  'staff.review.title': '{ref} requiere revisión: reclamación de {customer} ({platform}); tipo: {kind}.',
  'staff.review.unverified': 'elegibilidad sin verificar',
  'staff.review.order': 'Pedido {order}: {item}; entrega: {deliveredOn}.',
  'staff.review.order.window': 'Pedido {order}: {item}; entrega: {deliveredOn}; fin del plazo: {endsOn}.',
  'staff.review.no_item': 'sin artículo',
  'staff.review.unknown': 'desconocida',
  'staff.review.item': '{part} (n.º de serie {serial})',
  'staff.review.serial': 'Número de serie indicado: {serial}.',
  'staff.review.evidence':
    'Pruebas: {count, plural, one {# elemento} other {# elementos}}; fotos: etiqueta de serie {serialPhoto, select, yes {sí} other {no}}, instalación {installPhoto, select, yes {sí} other {no}}.',
  'staff.review.flags': 'Alertas: {flags}.',
  'staff.review.terms':
    'Atención: vendido con la condición «{terms}», no admite devolución según la política; si se aprueba, se pasa por alto esa condición.',
  'staff.review.language': 'El cliente escribe en {language}; sus palabras se muestran tal como las escribió.',
  'staff.review.fault': 'La avería, tal como la describió el cliente:',
  'staff.review.no_fault': 'Avería: sin describir.',
  'staff.customer_wrote':
    '{customer} escribió en {ref} ({platform}){hasFiles, select, yes {, con archivos: {files}} other {}}{said, select, yes {:} other {.}}',
  'staff.closed_case_message':
    '{customer} escribió en el caso cerrado {ref} ({closed}){hasFiles, select, yes {, con archivos: {files}} other {}}. Responda con /rma reply {ref} TEXT o reabra el caso con /rma reopen {ref}.{said, select, yes { Escribió:} other {}}',
  'staff.human.asked':
    '{ref}: {customer} pide hablar con una persona ({platform}). Responda con /rma reply {ref} TEXT o en el hilo del caso. Escribió:',
  'staff.human.order_attempts':
    '{ref}: {customer} ha probado {count, plural, one {# número de pedido} other {# números de pedido}} que no constan; busque el pedido y responda con /rma reply {ref} TEXT. El último:',
  'staff.human.misses':
    '{ref}: el bot no pudo interpretar dos mensajes seguidos de {customer} y ha pasado el caso a una persona. Responda con /rma reply {ref} TEXT o en el hilo del caso. El último:',
  'staff.asked_closed': '{customer} preguntó en el caso cerrado {ref} ({closed}):',
  'staff.asks_address': '{customer} pregunta adónde enviar {ref} ({rma}); envíele la dirección de devolución con /rma reply {ref} TEXT.',
  'staff.cancel_refused': '{customer} pidió cancelar {ref} ({state}):',
  'staff.reply_sent': 'Respuesta enviada a {customer} en {ref}.',
  'staff.approved': '{ref} aprobado por {by}: se ha emitido {rma}.',
  'staff.approved.no_address':
    '{ref} aprobado por {by}: se ha emitido {rma}. {customer} todavía no tiene dirección de devolución (la política no define ninguna): envíesela con /rma reply {ref} TEXT.',
  'staff.info_requested': 'Pregunta enviada a {customer} en {ref}: {what}',
  'staff.tracking_received': '{ref} ({rma}) enviado: seguimiento {tracking}.',
  'staff.received': '{ref} ({rma}) recibido; ahora en inspección.',
  'staff.resolved': '{ref} resuelto: {resolution}.',
  'staff.cost_recorded.pending':
    '{ref}: registrado un importe de {amount} por {label}; cubierto: {covered}; {pending} por encima del límite de {cap} queda pendiente de aprobación por escrito (/rma approve-cost {ref}).',
  'staff.cost_recorded': '{ref}: registrado un importe de {amount} por {label}; cubierto: {covered}. Total cubierto hasta ahora: {total}.',
  'staff.cost_approved':
    '{ref}: aprobados por escrito {amount} por encima del límite; se ha informado al cliente. Total cubierto: {covered}; pendiente: {pending}.',
  'staff.cancelled': 'El cliente ha cancelado {ref}.',
  'staff.reopened': '{ref} reabierto ({state}).',
  'staff.note_added': 'Nota añadida a {ref}.',
  'staff.contact_added': '{contact} ya puede escribir en {ref} en nombre de {customer}.',
  'staff.closed.expired': '{ref}: {rma} caducó sin envío tras {days} días; el caso está cerrado.',
  'staff.closed.silent': '{ref} cerrado: {customer} no respondió durante {days} días en la fase de recogida de datos.',
  'staff.review_overdue': '{ref} lleva más de {days, plural, one {# día hábil} other {# días hábiles}} esperando revisión.',
  'staff.file_refused.quota':
    '{ref}: el almacén de pruebas rechazó «{name}» ({reason}; clave de política evidenceQuotaMb). Se ha dicho al cliente que una persona puede ayudarle.',
  'staff.file_refused': '{ref}: el almacén de pruebas rechazó «{name}» ({reason}).',
  'staff.file_refused.past_intake':
    '{ref}: el almacén de pruebas rechazó «{name}» ({reason}). El caso ya ha pasado la fase de recogida de datos; si hace falta, pídaselo al cliente con /rma info.',

  // Refusals of a customer's button or command
  'state.intake': 'todavía en la fase de recogida de datos',
  'state.troubleshooting': 'en la fase de comprobaciones',
  'state.review': 'en revisión por nuestro equipo',
  'state.awaiting_return': 'aprobado y a la espera del paquete',
  'state.in_transit': 'en camino hacia nosotros',
  'state.inspection': 'en inspección',
  'state.resolved': 'resuelto',
  'state.declined': 'rechazado',
  'state.cancelled': 'cancelado',
  'customer.refusal.already_cancelled': 'El caso {ref} ya está cancelado; no hay nada más que hacer.',
  'customer.refusal.cancel': 'El caso {ref} está {state}, así que ya no se puede cancelar. Escriba aquí y una persona le ayudará.',
  'customer.refusal.keep': 'El caso {ref} está {state}; no hay nada que mantener ni cancelar.',
  'customer.refusal.troubleshooting':
    'El caso {ref} está {state}, no en la fase de comprobaciones: ese botón ya no sirve. Escriba aquí si nos necesita.',
  'customer.refusal.other': 'El caso {ref} está {state}; eso no es posible ahora.',
};
