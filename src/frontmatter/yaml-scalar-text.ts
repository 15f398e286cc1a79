/** How a YAML scalar is written in the file. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

const escapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\0': '\\0',
};

/** A double-quoted scalar: the one style that can hold any string, line breaks and controls included. */
export function doubleQuoted(value: string): string {
  const body = value.replace(/[\\"\p{Cc}\u0085\u2028\u2029]/gu, (char) => {
    const known = escapes[char];
    if (known !== undefined) return known;
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}

/** A single-quoted scalar, or null for text that style cannot hold on one line. */
export function singleQuoted(value: string): string | null {
  if (/[\p{Cc}\u0085\u2028\u2029]/u.test(value)) return null;
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The text as a plain scalar, or null when it obviously cannot be one. Whether a plain scalar
 * really reads back as this string is for the caller to verify by parsing: YAML 1.1 (Jekyll)
 * and 1.2 disagree on words like `yes`, so no local rule is trusted.
 */
export function plainScalar(value: string, inFlow: boolean): string | null {
  if (value === '' || value !== value.trim() || /[\p{Cc}\u0085\u2028\u2029]/u.test(value)) return null;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /: |:$| #/.test(value)) return null;
  if (inFlow && /[,[\]{}]/.test(value)) return null;
  return value;
}

/**
 * A literal block scalar (`|`) whose header goes on the key's line and whose lines are
 * indented by `indent`; null when the text needs an indentation indicator.
 */
export function literalBlock(value: string, indent: string, eol: string): string | null {
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  if (body === '' || /^[ \t]/.test(body) || /[\p{Cc}\u0085\u2028\u2029]/u.test(body.replace(/[\n\t]/g, ''))) {
    return null;
  }
  const chomping = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const lines = body.split('\n').map((line) => (line === '' ? '' : indent + line));
  for (let extra = 1; extra < trailing; extra++) lines.push('');
  return `|${chomping}${eol}${lines.join(eol)}`;
}

/** A folded block scalar (`>`) for one line of text, so a long `excerpt: >` keeps its form. */
export function foldedBlock(value: string, indent: string, eol: string): string | null {
  const body = value.replace(/\n$/, '');
  if (body === '' || body.includes('\n') || /^[ \t]/.test(body) || /[\p{Cc}\u0085\u2028\u2029]/u.test(body)) {
    return null;
  }
  return `>${body === value ? '-' : ''}${eol}${indent}${body}`;
}

/** The texts a string could be written as, best first: the old style, then plain, then quotes. */
export function stringCandidates(
  value: string,
  options: { style: ScalarStyle | null; preferredQuote: 'single' | 'double'; indent: string; eol: string },
): string[] {
  const { style, preferredQuote, indent, eol } = options;
  const byStyle: Record<ScalarStyle, () => string | null> = {
    plain: () => plainScalar(value, false),
    single: () => singleQuoted(value),
    double: () => doubleQuoted(value),
    literal: () => literalBlock(value, indent, eol),
    folded: () => foldedBlock(value, indent, eol),
  };
  const order: ScalarStyle[] = [];
  if (style !== null) order.push(style);
  if (style === 'folded') order.push('literal');
  if (value.includes('\n')) order.push('literal');
  order.push('plain', preferredQuote, 'double');
  const texts = order.map((candidate) => byStyle[candidate]()).filter((text): text is string => text !== null);
  return [...new Set(texts)];
}
