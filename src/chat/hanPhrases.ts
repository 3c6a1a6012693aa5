// Chinese has no spaces, so the word readers (plainWords) see nothing of it. These helpers compare a
// short message's Chinese as a string: hanText drops spaces and punctuation, trimHan peels politeness
// off both ends, and hanSays finds a phrase that no 不/别/没 right before it negates. Each is linear
// in the text (the phrase lists are fixed and short); callers keep the text short.

/** "请 转人工，谢谢！" -> "请转人工谢谢": NFKC (full-width forms to ASCII), lower case, no spaces or punctuation. */
export function hanText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Holds a Han character (CJK ideograph): worth reading as Chinese. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * Peels the listed openers off the start and closers off the end, again and again, and returns the
 * core: trimHan("请帮我取消吧", ["请", "帮我"], ["吧"]) -> "取消". Each round removes at least one
 * character, and a round tries each listed phrase once.
 */
export function trimHan(t: string, openers: readonly string[], closers: readonly string[]): string {
  let start = 0;
  let end = t.length;
  for (let peeled = true; peeled;) {
    peeled = false;
    for (const o of openers) {
      if (end - start > o.length && t.startsWith(o, start)) {
        start += o.length;
        peeled = true;
      }
    }
    for (const c of closers) {
      if (end - start > c.length && t.endsWith(c, end)) {
        end -= c.length;
        peeled = true;
      }
    }
  }
  return t.slice(start, end);
}

/** Characters that negate what follows them: 不要, 别, 没, 无需, 非, 勿. */
const NEGATORS = new Set(['不', '别', '没', '无', '非', '勿', '莫', '未']);

/** How far before a phrase a negation still counts ("我不想要人工客服": 不 three characters before). */
const NEGATION_REACH = 3;

/** One of `phrases` occurs in `t` with no negating character in the few characters before it. */
export function hanSays(t: string, phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      const before = t.slice(Math.max(0, at - NEGATION_REACH), at);
      if (![...before].some((ch) => NEGATORS.has(ch))) return true;
    }
  }
  return false;
}

/** One of `phrases` occurs in `t` at all, negated or not. */
export function hanHas(t: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => t.includes(p));
}
