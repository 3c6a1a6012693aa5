// Spanish answers to policy questions and the troubleshooting checks; keys and placeholders as in en.ts.
import type { AnswersKey } from './en.ts';

export const es: Record<AnswersKey, string> = {
  'answer.person': 'Para cualquier otra cosa, escriba «hablar con una persona».',
  'answer.thanks': 'De nada.',
  'answer.terms.standard': 'con condiciones estándar',
  'answer.terms.as-is': '«tal cual»',
  'answer.terms.for-parts': '«para piezas»',
  'answer.terms.no-returns': '«sin devolución»',
  'answer.terms.non_returnable': 'sin derecho a devolución',

  // Windows
  'answer.window.doa':
    'Cobertura DOA (defectuoso a la llegada): si el artículo llega averiado, avísenos en un plazo de {doaDays, plural, one {# día} other {# días}} desde la entrega. Después, la garantía de {warrantyDays} días cubre los fallos de funcionamiento con un uso normal.',
  'answer.window.warranty':
    'La garantía cubre los fallos de funcionamiento con un uso normal durante {warrantyDays, plural, one {# día} other {# días}} desde la entrega; {doaDays, plural, one {el primer día es} other {los primeros # días son}} cobertura DOA (defectuoso a la llegada).',
  'answer.today.doa_open': 'Hoy ({today}) el plazo DOA sigue abierto.',
  'answer.today.doa_ends': 'El plazo DOA termina hoy; después sigue la garantía.',
  'answer.today.warranty_open': 'Hoy ({today}) el plazo DOA ya ha terminado; la garantía sigue vigente.',
  'answer.today.warranty_ends': 'El plazo DOA ya ha terminado y la garantía termina hoy.',
  'answer.today.closed': 'Ambos plazos han terminado (hoy es {today}).',
  'answer.dates.which_item': 'En cuanto sepa a qué artículo del pedido {order} se refiere, le indicaré las fechas exactas.',
  'answer.dates.need_order': 'En cuanto tenga su número de pedido, le indicaré las fechas exactas.',
  'answer.dates.non_returnable': 'Su {part} se vendió {terms}, así que no tiene cobertura DOA ni de garantía y no admite devolución.',
  'answer.dates.no_delivery':
    'La fecha de entrega de su {part} aún no consta en nuestros registros; nuestro equipo le confirmará las fechas.',
  'answer.dates.delivered':
    'Su {part} se entregó el {deliveredOn}: cobertura DOA hasta el {doaEndsOn} y garantía hasta el {warrantyEndsOn}.',
  'answer.dates.counts_doa': '{ref} cuenta como DOA: lo abrió dentro del plazo DOA.',
  'answer.dates.counts_warranty': '{ref} cuenta como reclamación en garantía: lo abrió dentro del periodo de garantía.',
  'answer.dates.too_late': '{ref} se abrió cuando la garantía ya había terminado.',

  // What the intake needs
  'answer.needs.title': 'Para una reclamación por DOA o garantía necesito:',
  'answer.needs.order_number': 'Su número de pedido: para encontrar el artículo y su fecha de entrega.',
  'answer.needs.part_number': 'El número de pieza (PN) o modelo: qué artículo del pedido es.',
  'answer.needs.serial_photo': 'El número de serie (SN), escrito, y una foto de su etiqueta: la prueba de que es la unidad que vendimos.',
  'answer.needs.install_photo': 'Una foto de la instalación que muestre cómo estaba conectada la unidad.',
  'answer.needs.fault_description': 'Una descripción de la avería: qué ocurre, desde cuándo y qué ha probado.',
  'answer.needs.evidence': 'Pruebas (vídeo, capturas, registros de pruebas, salida de consola): permiten a nuestro equipo aprobar rápido.',
  'answer.missing.order_number': 'su número de pedido',
  'answer.missing.item': 'qué artículo del pedido es',
  'answer.missing.serial': 'el número de serie (escrito)',
  'answer.missing.serial_photo': 'la foto de la etiqueta del número de serie',
  'answer.missing.install_photo': 'la foto de la instalación',
  'answer.missing.fault': 'la descripción de la avería',
  'answer.missing.evidence': 'las pruebas',
  'answer.progress.has_all': '{ref} ya tiene todo esto.',
  'answer.progress.info': 'Nuestro equipo ha pedido más información sobre {ref}: {what}',
  'answer.progress.missing': 'Todavía falta para {ref}: {missing}. Se lo iré pidiendo uno a uno.',

  // Status
  'answer.your_rma': 'su RMA',
  'answer.again': 'Escríbanos cuando quiera para abrir una nueva reclamación.',
  'answer.closed.replacement': '{ref} está resuelto: hay una unidad de sustitución en camino para {rma}.',
  'answer.closed.repair': '{ref} está resuelto: la unidad se ha reparado y se le devuelve con {rma}.',
  'answer.closed.refund': '{ref} se ha resuelto con un reembolso de {rma}; cuándo lo reciba depende de su forma de pago.',
  'answer.closed.fixed': '{ref} está cerrado: las comprobaciones lo solucionaron, así que no hizo falta devolverlo.',
  'answer.closed.resolved': '{ref} está resuelto.',
  'answer.declined.outside_window': 'el artículo está fuera de la garantía de {warrantyDays} días',
  'answer.declined.non_returnable': 'el artículo se vendió {terms} y no admite devolución',
  'answer.declined.by_staff': 'nuestro equipo lo rechazó',
  'answer.declined.by_staff_note': 'nuestro equipo lo rechazó ({note})',
  'answer.declined': '{ref} fue rechazado: {why}.',
  'answer.declined.contact': 'Si cree que es un error, responda aquí o escriba a {email}.',
  'answer.closed.expired':
    '{ref} se cerró porque no se envió nada con {rma} a tiempo. No envíe nada con ese RMA; nuestro equipo puede reabrir el caso.',
  'answer.closed.silent': '{ref} se cerró porque no supimos nada de usted durante {days, plural, one {# día} other {# días}}.',
  'answer.closed.cancelled': '{ref} se canceló.',
  'answer.status.info': '{ref}: nuestro equipo ha pedido más información: {what}',
  'answer.status.info_reply': 'Responda aquí, por favor (texto o archivos).',
  'answer.status.gathering_missing': '{ref}: todavía estoy recogiendo los datos. Falta: {missing}. Se lo iré pidiendo uno a uno.',
  'answer.status.gathering': '{ref}: todavía estoy recogiendo los datos y le pediré a continuación lo que falte.',
  'answer.status.troubleshooting': '{ref}: le envié algunas comprobaciones. Dígame «ya funciona» o «sigue fallando» y continúo desde ahí.',
  'answer.status.review':
    '{ref} está en revisión con nuestro equipo. Le responderemos aquí; mientras tanto no necesitamos nada más de usted.',
  'answer.status.approved_rma':
    '{ref} está aprobado: su número de RMA es {rma}. Envíe el artículo con {rma} escrito en la caja y después mándeme el número de seguimiento.',
  'answer.status.approved':
    '{ref} está aprobado. Envíe el artículo con su número de RMA escrito en la caja y después mándeme el número de seguimiento.',
  'answer.status.in_transit': '{ref}: su devolución {rma} está en camino. Le avisaremos cuando llegue.',
  'answer.status.in_transit_tracking': '{ref}: su devolución {rma} está en camino (seguimiento {tracking}). Le avisaremos cuando llegue.',
  'answer.status.inspection': '{ref}: hemos recibido la unidad de {rma} y la estamos revisando. Le daremos el resultado aquí.',
  'answer.status.other': '{ref} está en estado {state}.',

  // Shipping, return address, refunds
  'answer.shipping.cover':
    'En los casos de DOA o garantía confirmados pagamos el envío de devolución y el reenvío, incluidos aranceles, impuestos y despacho de aduanas, hasta {cap} por caso.',
  'answer.shipping.when':
    'La cobertura empieza cuando el caso se confirma como válido (aprobado, con número de RMA). Todo lo que supere {cap} debe aprobarlo nuestro equipo por escrito antes del envío.',
  'answer.shipping.receipts': 'Conserve los justificantes de envío y los datos de seguimiento, por favor.',
  'answer.shipping.applies': '{ref} está aprobado ({rma}), así que esta cobertura se aplica.',
  'answer.shipping.recorded': 'Registrado hasta ahora: {covered} cubiertos.',
  'answer.shipping.recorded_pending': 'Registrado hasta ahora: {covered} cubiertos; {pending} pendientes de aprobación por escrito.',
  'answer.shipping.not_yet': '{ref} aún no está aprobado; no envíe nada antes de tener un número de RMA.',
  'answer.address.asked':
    'Su número de RMA es {rma}. He pedido a nuestro equipo que le envíe aquí la dirección de devolución; espere a tenerla antes de enviar nada.',
  'answer.address.later':
    'Nuestro equipo envía la dirección de devolución junto con el número de RMA cuando se aprueba la devolución. No envíe nada antes.',
  'answer.address.ship_to': 'Su número de RMA es {rma}. Envíelo a:',
  'answer.address.write_rma': 'Escriba {rma} de forma bien visible en la caja.',
  'answer.address.returns_go_to': 'Las devoluciones se envían a:',
  'answer.address.rule': 'Envíe solo cuando tenga un número de RMA y escríbalo en la caja: las devoluciones sin él pueden no tramitarse.',
  'answer.refund.awaiting_return':
    'Para {ref}: envíe el artículo con {rma} en la caja y mándeme el número de seguimiento; el resultado llegará cuando lo hayamos recibido y revisado.',
  'answer.refund.in_transit': '{rma} está en camino; el resultado llegará cuando lo hayamos recibido y revisado.',
  'answer.refund.inspection': 'Hemos recibido la unidad de {rma} y la estamos revisando; el resultado llegará pronto.',
  'answer.refund.refunded': '{ref} se resolvió con un reembolso; cuándo lo reciba depende de su forma de pago.',
  'answer.refund.replacement': '{ref} se resolvió con una sustitución en lugar de un reembolso.',
  'answer.refund.repair': '{ref} se resolvió con una reparación en lugar de un reembolso.',
  'answer.refund.fixed': '{ref} se cerró como solucionado con las comprobaciones, así que no hay devolución ni reembolso.',
  'answer.refund.timing':
    'El plazo del reembolso depende de su forma de pago y, cuando el artículo se devuelve, de la revisión: los reembolsos se tramitan después de recibir y comprobar el artículo devuelto.',
  'answer.refund.outcomes': 'Según el caso y el stock, el resultado es una sustitución, una reparación o un reembolso.',
  'answer.as_is.rule':
    'Los artículos vendidos «tal cual», «para piezas» o «sin devolución», o marcados de otro modo como excluidos de devolución, no admiten devolución y no tienen cobertura DOA ni de garantía.',
  'answer.as_is.applies': 'Su {part} se vendió {terms}, así que esta regla se le aplica.',
  'answer.as_is.not_applies': 'Su {part} se vendió con condiciones estándar, así que esta regla no se le aplica.',
  'answer.not_covered.warranty':
    'La garantía cubre los fallos de funcionamiento con un uso normal. No cubre el mal uso, una instalación incorrecta, daños físicos, líquidos, fuego, rayos, sobretensiones ni reparaciones o modificaciones no autorizadas.',
  'answer.not_covered.compatibility':
    'Los problemas de compatibilidad (firmware o software, configuraciones no soportadas, bloqueo del fabricante) no son defectos, salvo que se haya prometido la compatibilidad por escrito.',
  'answer.not_covered.serials':
    'Los artículos con números de serie o etiquetas retirados o alterados, o con señales de manipulación, no admiten devolución.',
  'answer.not_covered.unsure': 'Si no está seguro de si esto le afecta, cuéntenos qué pasó: nuestro equipo revisa cada caso.',

  // Troubleshooting checks
  'check.cli.other.inventory': 'el inventario de hardware (por ejemplo `show inventory`, o `show chassis hardware` en Juniper)',
  'check.cli.other.optics':
    'el diagnóstico de la óptica (por ejemplo `show interfaces transceiver detail`, o `show interfaces diagnostics optics` en Juniper)',
  'check.cli.other.environment': 'el estado del entorno (por ejemplo `show environment`, o `show chassis environment` en Juniper)',
  'check.cli.other.log': 'el registro del equipo (por ejemplo `show logging`, o `show log messages` en Juniper)',
  'check.lock.cisco':
    'Busque en {log} mensajes de bloqueo del fabricante (`%PHY-4-UNSUPPORTED_TRANSCEIVER`, err-disable por `gbic-invalid`).',
  'check.lock.juniper': 'Busque en {inventory} y {log} mensajes de que la óptica no está soportada.',
  'check.lock.arista': 'Busque en {log} mensajes de que el transceptor no está soportado o no está cualificado.',
  'check.lock.other': 'Busque en {log} mensajes de que la óptica no está soportada o no es original (bloqueo del fabricante).',
  'check.optic.recognised':
    'Compruebe que el equipo reconoce la óptica: {inventory} debería mostrarla con el número de serie impreso en su etiqueta.',
  'check.optic.clean':
    'Limpie los dos extremos de la fibra y la óptica, y compruebe que el tipo de fibra y la longitud de onda coinciden con la óptica (SM/MM, 1310/1550 nm).',
  'check.optic.dom': 'Lea los valores DOM con {optics}: potencia Tx/Rx, bias, temperatura y tensión frente a los umbrales de alarma.',
  'check.optic.swap': 'Pruebe la óptica en otro puerto o cámbiela por una que funcione; una prueba de loopback ayuda.',
  'check.psu.leds':
    'Revise los colores de los LED y {environment} para la fuente y los ventiladores; {log} muestra las alarmas de alimentación.',
  'check.psu.outlet': 'Pruebe otra toma o línea de alimentación y otro cable de corriente.',
  'check.psu.reseat': 'Vuelva a insertar la fuente en su bahía o pruébela en la otra bahía.',
  'check.card.reseat': 'Vuelva a insertar la tarjeta con firmeza y compruebe que está en una ranura que el chasis admite.',
  'check.card.inventory': 'Compruebe que la tarjeta aparece en {inventory} y busque en {log} errores de POST o de alimentación.',
  'check.card.software': 'Compruebe que la versión de software (`show version`) admite esta tarjeta, y el estado de su licencia.',
  'check.card.slot': 'Pruebe otra ranura u otro chasis si dispone de uno.',
  'check.chassis.power': 'Revise los LED de alimentación y ventiladores y {environment}; pruebe otra toma o línea.',
  'check.chassis.console':
    'Conéctese al puerto de consola y capture el registro de arranque: resultado del POST, ROMMON, bucles de arranque o archivos de fallo; {log} muestra los errores desde el arranque.',
  'check.chassis.software':
    'Compruebe la versión de software (`show version`) y el estado de la licencia, y cualquier actualización o cambio de versión reciente.',
  'check.chassis.ports': 'Pruebe otro puerto u otro cable; revise los contadores de errores de las interfaces (CRC).',
  'check.compatibility':
    'Nota: según nuestra política, los problemas de compatibilidad (firmware o software, configuraciones no soportadas, bloqueo del fabricante) no son defectos de funcionamiento, salvo que se haya prometido la compatibilidad por escrito.',
  'check.tip.cisco':
    'En Cisco, `service unsupported-transceiver` junto con `no errdisable detect cause gbic-invalid` suele permitir que funcionen ópticas de terceros.',
  'check.tip.juniper':
    'En Juniper, las ópticas de terceros pueden aparecer como no soportadas: revise {inventory} y {log}; que exista una solución depende de la plataforma.',
  'check.tip.other':
    'Algunas plataformas aceptan ópticas de terceros solo tras un cambio de configuración; la documentación de su plataforma indica si es su caso.',
};
