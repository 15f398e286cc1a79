import type { EventDraft } from './event-form';

/** A field of the event form that can be wrong (series links, a checkbox, cannot). */
export type EventField = Exclude<keyof EventDraft, 'seriesLinks'>;

/** The fields in the order the form shows them. */
const eventFields: readonly EventField[] = [
  'name',
  'start',
  'end',
  'timezone',
  'location',
  'hashtag',
  'link',
  'tags',
  'titleTemplate',
  'template',
  'cover',
  'layout',
];

/** Messages that open with a field's own name: "The link must be…", "The cover must be…". */
const namedFields: ReadonlySet<string> = new Set<EventField>([
  'name',
  'location',
  'hashtag',
  'link',
  'tags',
  'template',
  'cover',
  'layout',
]);

/**
 * Read by their opening words, in this order: a day title quotes what the writer typed in it,
 * which could hold any other field's wording.
 */
const fieldRules: readonly (readonly [RegExp, EventField])[] = [
  [/^Give the event a name/, 'name'],
  [/^The day title\b/, 'titleTemplate'],
  [/^The event (?:ends \(|lasts\b)/, 'end'],
  [/^(?:Give|write) the start date\b/, 'start'],
  [/^(?:Give|write) the end date\b/, 'end'],
  [/^(?:Give the time zone|is not a time zone)\b/, 'timezone'],
];

/**
 * The form field a problem from `eventProblems` is about, or null when it is about no one
 * field (an id, say, which the form does not show).
 */
export function problemField(problem: string): EventField | null {
  // `"2026-13-01" is not a date: write the start date…`: the quoted value is the writer's, not ours.
  const text = problem.replace(/^".*" is not a /s, 'is not a ').replace(/^is not a date: /, '');
  const rule = fieldRules.find(([pattern]) => pattern.test(text));
  if (rule) return rule[1];
  const named = /^The (\w+)\b/.exec(text)?.[1];
  return named !== undefined && namedFields.has(named) ? (named as EventField) : null;
}

/** The first field, in the form's order, that one of `problems` is about; null when none is. */
export function firstProblemField(problems: readonly string[]): EventField | null {
  const fields = new Set(problems.map(problemField));
  return eventFields.find((field) => fields.has(field)) ?? null;
}

/**
 * The problems to show: those of the fields the writer has left, and all of them once a Save
 * was tried. Until then a new event does not open with every required field flagged.
 */
export function revealedProblems(
  problems: readonly string[],
  left: ReadonlySet<EventField>,
  saveTried: boolean,
): string[] {
  if (saveTried) return [...problems];
  return problems.filter((problem) => {
    const field = problemField(problem);
    return field !== null && left.has(field);
  });
}
