// Spanish messages of a claim for several units; keys and placeholders as in en.ts. A unit is «unidad»;
// `units.word` carries the article («la unidad 2», «las unidades 2, 3 y 5»), so the sentences that use
// {unitWord} take it as a whole noun phrase (never before an adjective or verb that would have to agree).
import type { UnitsKey } from './en.ts';

export const es: Record<UnitsKey, string> = {
  'units.word':
    '{count, plural, one {{units, select, none {la unidad} other {la unidad {units}}}} other {{units, select, none {las unidades} other {las unidades {units}}}}}',
  'customer.units.taken': 'Esta reclamación abarca ahora {count, number} unidades del pedido {order}:',
  'customer.units.line.covered': '{number}. {item}: {kind}, con cobertura hasta el {endsOn}',
  'customer.units.line.unverified': '{number}. {item}: nuestro equipo comprobará su fecha de entrega',
  'customer.units.line.outside_window': '{number}. {item}: sin cobertura, su garantía de {warrantyDays} días terminó el {endedOn}',
  'customer.units.line.non_returnable': '{number}. {item}: sin cobertura, {terms}',
  'customer.units.none_covered': 'Lo siento: ninguna de estas unidades está cubierta por nuestra política. {contact}',
  'customer.ask.unit_serial': 'Escriba, por favor, el número de serie (SN) que figura en la etiqueta de la unidad {number} ({part}).',
  'customer.ask.unit_serial_photo':
    'Envíe, por favor, una foto de la etiqueta del número de serie de la unidad {number} ({part}{serial, select, none {} other {, SN {serial}}}).',
  'customer.ask.units_fault':
    'Describa, por favor, la avería: qué ocurre, desde cuándo y qué ha probado ya. Si las {count, number} unidades fallan de la misma manera, basta con una descripción; si no, indique qué hace cada unidad.',
  'customer.return.units': 'Unidades aprobadas para devolución con {rma}, a ser posible en un solo paquete:',
  'customer.return.unit_line': '{number}. {part}{serial, select, none {} other {, SN {serial}}}',
  'customer.return.units_not_approved': 'No aprobadas:',
  'customer.return.unit_not_approved': '{number}. {part}: {reason}',
  'customer.units.denied':
    '{ref}: lamentablemente no podemos dar cobertura a {unitWord}: {reason}. Nuestro equipo sigue revisando las demás unidades.',
  'customer.advance.shipped':
    'La sustitución{units, select, none {} other { de {unitWord}}} ya está en camino: número de seguimiento {tracking}. Devuélvanos, por favor, {count, plural, one {la unidad averiada} other {las unidades averiadas}} a más tardar el {returnBy}, con {rma} en el paquete, e indíqueme el número de seguimiento.',
  'customer.advance.reminder':
    'Un recordatorio sobre el caso {ref} (RMA {rma}): la sustitución ya está enviada y necesitamos recibir {unitWord} a más tardar el {returnBy}. Envíeme, por favor, el número de seguimiento en cuanto salga el paquete.',
  'customer.advance.overdue':
    'Esperábamos recibir {unitWord} del caso {ref} a más tardar el {returnBy}, pero todavía no nos ha llegado nada. Envíe el paquete ahora, por favor, y mándeme el número de seguimiento, o dígame si hay algún problema. {person}',
  'customer.units.received':
    'Hemos recibido {unitWord} de {rma} y {count, plural, one {la estamos} other {las estamos}} inspeccionando.{out, select, none {} other { Aún en camino hacia nosotros: {out}.}}',
  'customer.units.summary': 'El caso {ref} está cerrado. Este es el resultado de cada unidad:',
  'customer.units.outcome': '{number}. {part}{serial, select, none {} other {, SN {serial}}}: {outcome}',
  'customer.units.outcome.replacement': 'sustitución enviada',
  'customer.units.outcome.repair': 'reparada y devuelta',
  'customer.units.outcome.refund': 'importe reembolsado',
  'customer.units.outcome.declined': 'rechazada: {reason}',
  'customer.units.why.outside_window': 'su garantía de {warrantyDays} días terminó el {endedOn}',
  'customer.units.why.not_approved': 'no aprobada por nuestro equipo; pregúntenos si desea saber el motivo',
  'customer.units.outcome.denied': 'no aprobada: {reason}',
  'staff.units.review': 'Unidades de esta reclamación ({count, number}):',
  'staff.units.review_line':
    '{number}. {part}, n.º de serie {sold}; indicado: {given}; {kind}; foto del n.º de serie: {photo}; avería: {fault}',
  'staff.units.review_line.not_covered': '{number}. {part}, n.º de serie {sold}: sin cobertura ({reason}), rechazada por la política',
  'staff.units.decide':
    'Decida por unidad con `/rma approve {ref} units 1,2` y `/rma deny {ref} units 3 REASON`, o todas a la vez con los botones.',
  'staff.units.denied': '{ref}: denegación de {unitWord} ({reason}); las demás unidades siguen pendientes de decisión.',
  'staff.units.received': '{ref}: entrada registrada de {unitWord}.',
  'staff.units.unexpected': '{ref}: recibido el n.º de serie {serials}, que no es una unidad aprobada de {rma} (alerta unit_mismatch).',
  'staff.units.still_out': 'Pendiente de llegar: {unitWord}.',
  'staff.units.resolved': '{ref}: {unitWord}: {resolution}. Aún sin resultado: {open}.',
  'staff.advance.shipped':
    '{ref}: sustitución anticipada de {unitWord} enviada ({tracking}); {count, plural, one {la unidad averiada debe volver} other {las unidades averiadas deben volver}} a más tardar el {returnBy}.',
  'staff.advance.overdue':
    '{ref}: sin devolución de {unitWord} tras la sustitución anticipada; el plazo venció el {returnBy} (alerta return_overdue).',
  'staff.units.summary': '{ref} resuelto: {summary}.',
};
