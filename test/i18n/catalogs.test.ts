import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { catalogProblems } from './catalogLint.ts';

describe('the message catalogs (lint)', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every key English has, and only the placeholders English uses', (language) => {
    expect(catalogProblems(language, CATALOGS.en, CATALOGS[language])).toEqual([]);
  });

  it('catches a missing key, an extra placeholder, a lost one, a changed select and a quoted-away value', () => {
    const english = {
      a: 'Case {ref} is open.',
      b: '{count, plural, one {# item} other {# items}}',
      c: '{said, select, yes {:} other {.}}',
      d: 'Ship to {address}.',
    };
    expect(
      catalogProblems('fr', english, {
        a: 'Le dossier {ref} pour {customer} est ouvert.',
        b: 'articles',
        c: '{said, select, oui {:} other {.}}',
        d: "Envoyez à l'{address}.",
        e: 'en trop',
      }),
    ).toEqual([
      'fr: has e, which English does not',
      'fr: a has the placeholder {customer}, which English does not',
      'fr: b lacks the placeholder {count}',
      'fr: c selects {said} on other keys (select:other,oui)',
      // The apostrophe quoted the placeholder away.
      'fr: d lacks the placeholder {address}',
    ]);
    expect(catalogProblems('de', english, { a: 'Fall {ref} ist offen.' })).toEqual(['de: lacks b', 'de: lacks c', 'de: lacks d']);
  });
});
