import type { RefusalKey } from './en.ts';

export const fr: Record<RefusalKey, string> = {
  'refusal.text_too_long':
    'Votre message fait {length, number} caractères ; la limite est de {limit, number}. Merci d’envoyer plutôt les longs journaux sous forme de fichier .txt ou .log.',
  'refusal.too_many_files':
    'Cela fait {count, number} fichiers dans un seul message ; merci d’en envoyer {limit, number} au maximum à la fois.',
  'refusal.file_type':
    'Je ne peux pas conserver « {name} » ({type}). Merci d’envoyer des photos (JPEG, PNG, HEIC), des vidéos (MP4, MOV), des journaux et captures (TXT, LOG, PCAP), des PDF, ou un ZIP de ces fichiers.',
  'refusal.unknown_type': 'type inconnu',
  'refusal.file_empty': '« {name} » est vide ; merci de l’envoyer à nouveau.',
  'refusal.file_too_large':
    '« {name} » fait {size} ; la limite pour {kind, select, image {les images} video {les vidéos} other {les fichiers de ce type}} est de {limit}. Merci d’envoyer un fichier plus petit ou plus court.',
  'refusal.empty': 'Le message était vide.',
  'refusal.not_your_case':
    'Le dossier {ref} n’est pas le vôtre, je n’y ai donc pas ajouté votre message. Si vous écrivez pour le compte du client qui l’a ouvert, demandez-lui de demander à notre équipe de vous ajouter au dossier.',
  'refusal.other_customers_thread':
    'Ce fil appartient à la réclamation d’un autre client ({ref}). Pour ouvrir votre propre réclamation, écrivez un nouveau message dans le canal.',
  'refusal.still_open':
    'Le dossier {ref} est toujours ouvert ici. Pour ouvrir une autre réclamation, écrivez un nouveau message dans le canal d’assistance, ou répondez « annuler » pour clôturer d’abord ce dossier.',
  'refusal.claims_per_day':
    'Vous avez ouvert {count, plural, one {# réclamation} other {# réclamations}} ces dernières 24 heures, soit le maximum que nous ouvrons par jour. Répondez dans le fil de l’un de vos dossiers ou écrivez à {email}, et quelqu’un vous aidera.',
};
