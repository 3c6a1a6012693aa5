import type { RefusalKey } from './en.ts';

export const es: Record<RefusalKey, string> = {
  'refusal.text_too_long':
    'Su mensaje tiene {length, number} caracteres y el límite es de {limit, number}. Envíe los registros largos como archivo .txt o .log, por favor.',
  'refusal.too_many_files':
    'Ha enviado {count, number} archivos en un solo mensaje; envíe como máximo {limit, number} a la vez, por favor.',
  'refusal.file_type':
    'No puedo guardar «{name}» ({type}). Envíe fotos (JPEG, PNG, HEIC), vídeos (MP4, MOV), registros y capturas (TXT, LOG, PCAP), archivos PDF o un ZIP con ellos.',
  'refusal.unknown_type': 'tipo desconocido',
  'refusal.file_empty': '«{name}» está vacío; vuelva a enviarlo, por favor.',
  'refusal.file_too_large':
    '«{name}» ocupa {size} y el límite para {kind, select, image {imágenes} video {vídeos} other {archivos de este tipo}} es de {limit}. Envíe un archivo más pequeño o más corto, por favor.',
  'refusal.empty': 'El mensaje estaba vacío.',
  'refusal.not_your_case':
    'El caso {ref} no es suyo, así que no he añadido su mensaje a él. Si escribe en nombre del cliente que lo abrió, pídale que solicite a nuestro equipo que le añada al caso.',
  'refusal.other_customers_thread':
    'Este hilo pertenece a la reclamación de otro cliente ({ref}). Para abrir una reclamación propia, escriba un mensaje nuevo en el canal.',
  'refusal.still_open':
    'El caso {ref} sigue abierto aquí. Para iniciar otra reclamación, escriba un mensaje nuevo en el canal de soporte, o escriba «cancelar» para cerrar primero este caso.',
  'refusal.claims_per_day':
    'Ha abierto {count, plural, one {# reclamación} other {# reclamaciones}} en las últimas 24 horas, el máximo que abrimos en un día. Responda en el hilo de uno de sus casos o escriba a {email}, y una persona le ayudará.',
};
