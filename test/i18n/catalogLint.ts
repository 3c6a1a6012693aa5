// The catalog lint (issue 19): every language carries exactly English's keys, each message parses as
// ICU MessageFormat, uses the placeholders English uses (no more, no fewer) with the same select keys,
// and shows every value it is given (a straight apostrophe before a brace would quote it away).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

export type Catalog = Record<string, string>;

interface Shape {
  /** Every argument the message reads, with how: plain, plural or select (and the select's keys). */
  args: Map<string, string>;
}

function walk(elements: MessageFormatElement[], shape: Shape): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        if (!shape.args.has(el.value)) shape.args.set(el.value, 'value');
        break;
      case TYPE.number:
        shape.args.set(el.value, 'number');
        break;
      case TYPE.date:
      case TYPE.time:
        shape.args.set(el.value, 'date');
        break;
      case TYPE.plural:
        shape.args.set(el.value, 'plural');
        for (const option of Object.values(el.options)) walk(option.value, shape);
        break;
      case TYPE.select:
        shape.args.set(el.value, `select:${Object.keys(el.options).sort().join(',')}`);
        for (const option of Object.values(el.options)) walk(option.value, shape);
        break;
      case TYPE.tag:
        walk(el.children, shape);
        break;
      default:
        break;
    }
  }
}

function shapeOf(message: string): Shape | string {
  try {
    const shape: Shape = { args: new Map() };
    walk(parse(message, { ignoreTag: true }), shape);
    return shape;
  } catch (error) {
    return `does not parse: ${String(error)}`;
  }
}

/** Values that show in the output: a marker per plain argument, a number for a plural, a key for a select. */
function sampleValues(shape: Shape): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, how] of shape.args) {
    if (how === 'plural' || how === 'number' || how === 'date') values[name] = 3;
    else if (how.startsWith('select:'))
      values[name] =
        how
          .slice('select:'.length)
          .split(',')
          .find((k) => k !== 'other') ?? 'other';
    else values[name] = `⟦${name}⟧`;
  }
  return values;
}

/** Problems of `catalog` (language `locale`) against the English catalog; empty when it is fine. */
export function catalogProblems(locale: string, english: Catalog, catalog: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!Object.hasOwn(catalog, key)) problems.push(`${locale}: lacks ${key}`);
  for (const key of Object.keys(catalog)) if (!Object.hasOwn(english, key)) problems.push(`${locale}: has ${key}, which English does not`);
  for (const [key, message] of Object.entries(catalog)) {
    const source = english[key];
    if (source === undefined) continue;
    const want = shapeOf(source);
    const have = shapeOf(message);
    if (typeof have === 'string') {
      problems.push(`${locale}: ${key} ${have}`);
      continue;
    }
    if (typeof want === 'string') continue;
    for (const name of have.args.keys())
      if (!want.args.has(name)) problems.push(`${locale}: ${key} has the placeholder {${name}}, which English does not`);
    for (const [name, how] of want.args) {
      const theirs = have.args.get(name);
      if (theirs === undefined) problems.push(`${locale}: ${key} lacks the placeholder {${name}}`);
      else if (how.startsWith('select:') && theirs !== how) problems.push(`${locale}: ${key} selects {${name}} on other keys (${theirs})`);
    }
    // Every plain value must reach the text (an apostrophe before a brace quotes the placeholder away).
    // Rendered twice, selects on a named key and on `other`: a value shown in only one branch still counts.
    const values = { ...sampleValues(have), ...sampleValues(want) };
    const others = Object.fromEntries(
      Object.entries(values).map(([name, v]) => [name, want.args.get(name)?.startsWith('select:') ? '⟦other⟧' : v]),
    );
    const format = (v: Record<string, string | number>) =>
      String(
        new IntlMessageFormat(message, locale, undefined, {
          ignoreTag: true,
        }).format(v),
      );
    const output = `${format(values)}\n${format(others)}`;
    for (const [name, how] of want.args)
      if (how === 'value' && have.args.has(name) && !output.includes(`⟦${name}⟧`))
        problems.push(`${locale}: ${key} does not show {${name}} (a straight apostrophe before it?)`);
  }
  return problems;
}
