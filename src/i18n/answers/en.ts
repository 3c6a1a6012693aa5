// English answers messages (ICU MessageFormat); the keys every other language must carry.
export const en = {
  'placeholder.answers': 'placeholder',
} as const satisfies Record<string, string>;

export type AnswersKey = keyof typeof en;
