import type { RefusalKey } from './en.ts';

export const es: Record<RefusalKey, string> = {
  'refusal.text_too_long':
    'Su mensaje tiene {length, number} caracteres; el límite es {limit, number}. Envíe los registros largos como archivo .txt o .log, por favor.',
  'refusal.too_many_files': 'Son {count, number} archivos en un solo mensaje; envíe como máximo {limit, number} a la vez, por favor.',
  'refusal.file_type':
    'No puedo guardar «{name}» ({type}). Envíe fotos (JPEG, PNG, HEIC), vídeos (MP4, MOV), registros y capturas (TXT, LOG, PCAP), PDF o un ZIP con ellos.',
  'refusal.unknown_type': 'tipo desconocido',
  'refusal.file_empty': '«{name}» está vacío; vuelva a enviarlo, por favor.',
  'refusal.file_too_large':
    '«{name}» ocupa {size}; el límite para {kind, select, image {imágenes} video {vídeos} other {archivos de este tipo}} es {limit}. Envíe uno más pequeño o más corto, por favor.',
  'refusal.empty': 'El mensaje estaba vacío.',
  'refusal.not_your_case':
    '{ref} no es su caso, así que no he añadido su mensaje. Si escribe en nombre del cliente que lo abrió, pídale que nuestro equipo le añada al caso.',
  'refusal.other_customers_thread':
    'Este hilo pertenece a la reclamación de otro cliente ({ref}). Para abrir una reclamación propia, escriba un mensaje nuevo en el canal.',
  'refusal.still_open':
    '{ref} sigue abierto aquí. Para iniciar otra reclamación, escriba un mensaje nuevo en el canal de soporte, o escriba «cancelar» para cerrar esta primero.',
  'refusal.claims_per_day':
    'Ha abierto {count, plural, one {# reclamación} other {# reclamaciones}} en las últimas 24 horas, el máximo que el servicio abre en un día. Responda en uno de sus casos o escriba a {email} y una persona le ayudará.',
};
