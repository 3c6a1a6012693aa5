// English wording messages (ICU MessageFormat); the keys every other language must carry.
export const en = {
  'placeholder.wording': 'placeholder',
} as const satisfies Record<string, string>;

export type WordingKey = keyof typeof en;
