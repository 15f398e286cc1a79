/**
 * A `{name}` placeholder. Liquid's and Hugo's `{{ … }}` are left out, so a template can hold
 * them for the generator.
 */
const placeholderPattern = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;

/** Placeholders a day post's title template may use. */
export const titlePlaceholders = ['event', 'n', 'date', 'weekday', 'location'] as const;

/** Placeholders a day post's body template may use: the title's, then the event's links and tags. */
export const bodyPlaceholders = [...titlePlaceholders, 'hashtag', 'link', 'tags'] as const;

/** A template with its placeholders filled in. */
export interface FilledTemplate {
  text: string;
  /** Placeholders the template uses that Lanyard does not fill, as written (`{speaker}`), each once. */
  unknown: string[];
}

/**
 * Fills each `{name}` that `values` has, in one pass so a value that itself holds `{n}` stays as
 * written; other placeholders stay as written and are reported.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): FilledTemplate {
  const unknown = new Set<string>();
  const text = template.replace(placeholderPattern, (whole, name: string) => {
    if (Object.hasOwn(values, name)) return values[name] ?? '';
    unknown.add(whole);
    return whole;
  });
  return { text, unknown: [...unknown] };
}

/** The placeholders of `template` not among `known`, as written, each once. */
export function unknownPlaceholders(template: string, known: readonly string[]): string[] {
  const names = [...template.matchAll(placeholderPattern)].map((match) => match[0]);
  return [...new Set(names)].filter((placeholder) => !known.includes(placeholder.slice(1, -1)));
}

/** The placeholders as a reader would list them: `{event}, {n} and {date}`. */
export function placeholderList(names: readonly string[]): string {
  const shown = names.map((name) => `{${name}}`);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
