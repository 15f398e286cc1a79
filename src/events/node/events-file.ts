import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { slugify } from '../../posts/slug';
import { lanyardFilePresence, parseYamlDocument } from '../../site/node/lanyard-file';
import { parserMessage } from '../../site/node/site-problem';
import { checkEvent, defaultEventTemplate, defaultTitleTemplate, type EventInput, type SiteEvent } from '../event';

/** The site-relative file the events live in. */
export const eventsFile = '.lanyard/events.yml';

/** The events a site's file gives, and what was wrong with the file or with single events. */
export interface ReadEvents {
  events: SiteEvent[];
  /** In plain words, one per skipped event (or one for the whole file); empty when all is well. */
  problems: string[];
}

/** Each field's key in the file, in the order a new entry lists them. */
const fileKeys: Record<keyof SiteEvent, string> = {
  name: 'name',
  id: 'id',
  start: 'start',
  end: 'end',
  timezone: 'timezone',
  location: 'location',
  hashtag: 'hashtag',
  link: 'link',
  tags: 'tags',
  titleTemplate: 'day_title',
  template: 'template',
  cover: 'cover',
  layout: 'layout',
  seriesLinks: 'series_links',
};
const fields = Object.keys(fileKeys) as Array<keyof SiteEvent>;
/** Absent from the file, these mean their default. */
const defaults: Partial<Record<keyof SiteEvent, string>> = {
  titleTemplate: defaultTitleTemplate,
  template: defaultEventTemplate,
};
/** An events file is a few screens of text; a bigger one is not Lanyard's. */
const maxFileBytes = 256 * 1024;
const header =
  '# Lanyard’s events for this site. Each day post names its event by id (event: devconf-2026).\n' +
  '# Generators never read this file.\n';

function fileIn(root: string): string {
  return path.join(root, ...eventsFile.split('/'));
}

/** The event an entry of the file describes, keyed as `SiteEvent` is. */
function inputOf(entry: unknown): EventInput {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return {};
  const record = entry as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, record[fileKeys[field]]]));
}

function entryName(entry: EventInput, position: number): string {
  const name = typeof entry.name === 'string' && entry.name.trim() !== '' ? ` (${entry.name.trim()})` : '';
  return `Event ${position}${name} in ${eventsFile}`;
}

/**
 * Reads `.lanyard/events.yml`. A missing file gives no events and no problem; a file that does
 * not parse, is reached through a link or has no list under `events:` gives one problem; each
 * bad event (or one whose id an earlier event has) is skipped with its problems, and every good
 * one is still used. Never throws for the file's content.
 */
export async function readEvents(root: string): Promise<ReadEvents> {
  const fail = (why: string): ReadEvents => ({ events: [], problems: [`${eventsFile} was not used: ${why}.`] });
  let text: string;
  try {
    if ((await lanyardFilePresence(root, eventsFile)) === 'missing') return { events: [], problems: [] };
    if ((await fs.stat(fileIn(root))).size > maxFileBytes) return fail('it is larger than an events file can be');
    text = await fs.readFile(fileIn(root), 'utf8');
  } catch (error) {
    return fail(error instanceof LanyardError ? 'it is reached through a link' : parserMessage(error));
  }
  let data: unknown;
  try {
    data = parseYamlDocument(text).toJS();
  } catch (error) {
    return fail(parserMessage(error));
  }
  if (data === null || data === undefined) return { events: [], problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return fail('it does not start with events:');
  const list = (data as Record<string, unknown>).events;
  if (list === null || list === undefined) return { events: [], problems: [] };
  if (!Array.isArray(list)) return fail('events: is not a list of events (each starting with -)');
  const events: SiteEvent[] = [];
  const problems: string[] = [];
  list.forEach((entry: unknown, index) => {
    const input = inputOf(entry);
    const checked = checkEvent(input);
    const { event } = checked;
    if (event === null) {
      problems.push(`${entryName(input, index + 1)} was skipped: ${checked.problems.join(' ')}`);
    } else if (events.some((other) => other.id === event.id)) {
      problems.push(`${entryName(input, index + 1)} was skipped: an earlier event has the id ${event.id}.`);
    } else {
      events.push(event);
    }
  });
  return { events, problems };
}

/** The id an entry of the file has, as `checkEvent` gives it; null when it cannot have one. */
function idOfEntry(entry: unknown): string | null {
  if (!isMap(entry)) return null;
  const id: unknown = entry.get(fileKeys.id);
  if (typeof id === 'string' && id !== '') return id;
  const name: unknown = entry.get(fileKeys.name);
  return typeof name === 'string' && name.trim() !== '' ? slugify(name.trim()) : null;
}

function fileValue(event: SiteEvent, field: keyof SiteEvent): string | string[] | true | null {
  const value = event[field];
  // An empty list and a switch left off are the defaults, so the file leaves them out.
  return (Array.isArray(value) && value.length === 0) || value === false ? null : value;
}

/** Whether the file's value for a field already says what the event says, once checked as the reader would. */
function alreadySays(event: SiteEvent, field: keyof SiteEvent, written: unknown): boolean {
  const read = checkEvent({ ...event, [field]: written }).event;
  return read !== null && JSON.stringify(read[field]) === JSON.stringify(event[field]);
}

/**
 * Sets the event's fields on an entry, leaving alone the ones that already say the same (in the
 * writer's own spelling) and, on an entry that was there, the defaults it leaves out.
 */
function updateEntry(doc: Document, entry: YAMLMap, event: SiteEvent, fresh: boolean): void {
  const written = inputOf(entry.toJSON());
  for (const field of fields) {
    const key = fileKeys[field];
    const value = fileValue(event, field);
    if (entry.has(key) ? alreadySays(event, field, written[field]) : value === null) continue;
    if (!entry.has(key) && !fresh && value === defaults[field]) continue;
    if (value === null) entry.delete(key);
    else entry.set(key, Array.isArray(value) ? doc.createNode(value, { flow: true }) : value);
  }
}

async function loadForWriting(root: string): Promise<{ doc: Document; list: YAMLSeq }> {
  const present = (await lanyardFilePresence(root, eventsFile)) === 'present';
  const refuse = (why: string) => new LanyardError('refused', `${eventsFile} ${why}. Fix it or remove it first.`);
  let doc: Document;
  try {
    doc = parseYamlDocument(present ? await fs.readFile(fileIn(root), 'utf8') : header);
  } catch (error) {
    throw refuse(`could not be read (${parserMessage(error)})`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) throw refuse('does not start with events:');
  const existing: unknown = doc.get('events', true);
  if (isSeq(existing)) {
    // An empty `events: []` would otherwise stay on one line, events and all.
    existing.flow = existing.flow === true && existing.items.length > 0;
    return { doc, list: existing };
  }
  if (existing !== undefined && !(isScalar(existing) && existing.value === null)) {
    throw refuse('has events: that is not a list of events');
  }
  const list = doc.createNode([]) as YAMLSeq;
  doc.set('events', list);
  return { doc, list };
}

async function save(root: string, doc: Document): Promise<void> {
  await fs.mkdir(path.dirname(fileIn(root)), { recursive: true });
  // `[a, b]`, not yaml's `[ a, b ]`: how writers and generators' docs write a flow list.
  await writeFileAtomic(fileIn(root), doc.toString({ flowCollectionPadding: false }));
}

/**
 * Saves an event into `.lanyard/events.yml`: a new event (`replacing` null) is added at the end;
 * else the entry with id `replacing` is updated in place, keeping its comments and any keys
 * Lanyard does not know. The id is always written, so renaming an event keeps its posts
 * tied to it. Throws `invalid-argument` for a bad event, `already-exists` when another entry has
 * its id, `not-found` when `replacing` names no entry, and `refused` when the file does not
 * parse or is reached through a link (the writer's text is never replaced).
 */
export async function saveEvent(root: string, event: SiteEvent, replacing: string | null = null): Promise<void> {
  const checked = checkEvent(event);
  if (checked.event === null) throw new LanyardError('invalid-argument', checked.problems.join(' '));
  const { doc, list } = await loadForWriting(root);
  const ids = list.items.map(idOfEntry);
  const index = replacing === null ? -1 : ids.indexOf(replacing);
  if (replacing !== null && index === -1) {
    throw new LanyardError('not-found', `There is no event with the id ${replacing} in ${eventsFile} any more.`);
  }
  if (ids.some((id, position) => id === checked.event.id && position !== index)) {
    throw new LanyardError('already-exists', `Another event in ${eventsFile} has the id ${checked.event.id}.`);
  }
  const entry = list.items[index];
  if (isMap(entry)) updateEntry(doc, entry, checked.event, false);
  else {
    const created = doc.createNode({}) as YAMLMap;
    updateEntry(doc, created, checked.event, true);
    list.items.push(created);
  }
  await save(root, doc);
}

/** Removes the event with `id` from `.lanyard/events.yml`; throws `not-found` when no entry has it. */
export async function removeEvent(root: string, id: string): Promise<void> {
  const { doc, list } = await loadForWriting(root);
  const index = list.items.map(idOfEntry).indexOf(id);
  if (index === -1) throw new LanyardError('not-found', `There is no event with the id ${id} in ${eventsFile}.`);
  list.items.splice(index, 1);
  await save(root, doc);
}
