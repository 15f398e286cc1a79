import fc from 'fast-check';
import type { FieldValue } from '../../../src/frontmatter/field-value';

/** One generated `key: value` pair and the lines it spans. */
export interface GeneratedPair {
  key: string;
  lines: string[];
}

/** A generated post: its text and where each pair sits in it. */
export interface GeneratedPost {
  text: string;
  eol: '\n' | '\r\n';
  pairs: { key: string; start: number; end: number }[];
  /** Offset of the closing fence's line. */
  closingFence: number;
}

const words = fc.constantFrom('Day 1', 'keynote', 'Hello world', 're:Invent', 'C# tips', 'Lisbon', 'a-b_c', 'Über');
const quotedText = fc.string({ maxLength: 16 }).filter((text) => !text.includes('\n'));
const singleQuotedText = quotedText.map((text) => `'${text.replace(/'/g, "''")}'`);
const doubleQuotedText = quotedText.map((text) => JSON.stringify(text));
const flowItem = fc.oneof(fc.constantFrom('yaml', 'jekyll', 'travel', 'day-1'), doubleQuotedText, singleQuotedText);

const inlineValue = fc.oneof(
  words,
  doubleQuotedText,
  singleQuotedText,
  fc.integer({ min: -5000, max: 5000 }).map(String),
  fc.constantFrom('true', 'false', 'True', '~', 'null', '3.5'),
  fc.constantFrom('2022-11-28', '2022-11-28 09:30:00 -0800', '2022-11-28T09:30:00+01:00'),
  fc
    .tuple(fc.array(flowItem, { maxLength: 4 }), fc.boolean(), fc.constantFrom(', ', ','))
    .map(([items, padded, comma]) => (padded ? `[ ${items.join(comma)} ]` : `[${items.join(comma)}]`)),
);

const trailing = fc.constantFrom('', '', '  # note', '   ', ' #x');

const blockValue: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(0, 2, 4), fc.array(flowItem, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([indent, items, comment]) => {
      const pad = ' '.repeat(indent);
      const lines = items.map((item) => `${pad}- ${item}`);
      if (comment && lines.length > 1) lines.splice(1, 0, `${pad}# between items`);
      return lines;
    }),
  fc.tuple(fc.constantFrom(2, 4), words, words).map(([indent, name, place]) => {
    const pad = ' '.repeat(indent);
    return [`${pad}name: ${name}`, `${pad}place: ${place}`];
  }),
);

const literalValue = fc
  .tuple(fc.constantFrom('|', '|-', '>'), fc.array(words, { minLength: 1, maxLength: 3 }))
  .map(([header, lines]) => ({ header, lines: lines.map((line) => `  ${line}`) }));

function pairArbitrary(key: string): fc.Arbitrary<GeneratedPair> {
  return fc.oneof(
    fc.tuple(inlineValue, trailing).map(([value, tail]) => ({ key, lines: [`${key}: ${value}${tail}`] })),
    fc.constant<GeneratedPair>({ key, lines: [`${key}:`] }),
    blockValue.map((lines) => ({ key, lines: [`${key}:`, ...lines] })),
    literalValue.map(({ header, lines }) => ({ key, lines: [`${key}: ${header}`, ...lines] })),
  );
}

/** Words YAML reads as booleans or null: never sensible keys, so not generated as ones. */
const reservedWords = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

const filler = fc.constantFrom<string[]>([], [], [''], ['# a comment'], ['', '# section']);

/** Posts with varied YAML front matter: quoting, list styles, comments, blank lines, CRLF. */
export const generatedPost: fc.Arbitrary<GeneratedPost> = fc
  .uniqueArray(
    fc.stringMatching(/^[a-z][a-z_]{0,7}$/).filter((key) => !reservedWords.has(key)),
    { minLength: 1, maxLength: 7 },
  )
  .chain((keys) =>
    fc.tuple(
      fc.tuple(...keys.map((key) => fc.tuple(filler, pairArbitrary(key)))),
      fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
      fc.constantFrom('', 'Body text.\n', '\n# Heading\n\nMore.'),
    ),
  )
  .map(([pieces, eol, body]) => {
    let text = `---${eol}`;
    const pairs: GeneratedPost['pairs'] = [];
    for (const [before, pair] of pieces) {
      for (const line of before) text += line + eol;
      const start = text.length;
      for (const line of pair.lines) text += line + eol;
      pairs.push({ key: pair.key, start, end: text.length });
    }
    const closingFence = text.length;
    text += `---${eol}${body.replace(/\n/g, eol)}`;
    return { text, eol, pairs, closingFence };
  });

/** Values the form can write: any text, lists, numbers, booleans and dates. */
export const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.string({ maxLength: 30 }).map((value) => ({ kind: 'string' as const, value })),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((value) => ({ kind: 'string' as const, value })),
  fc
    .array(fc.string({ maxLength: 10 }), { maxLength: 4 })
    .map((lines) => ({ kind: 'string' as const, value: lines.join('\n') })),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }).map((items) => ({ kind: 'list' as const, items })),
  fc.integer().map((value) => ({ kind: 'number' as const, value })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ kind: 'number' as const, value })),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
  fc
    .constantFrom('2023-05-01', '2023-05-01 10:00:00 +0100', '2023-05-01T10:00:00Z')
    .map((text) => ({ kind: 'date' as const, text })),
);
