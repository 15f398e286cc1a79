import { LanyardError } from '../api/lanyard-error';
import type { PostId } from '../posts/post-types';

/** One day post of an event's series. */
export interface SeriesEntry {
  id: PostId;
  n: number;
  title: string;
  /** The post's public URL when known; else the link goes to its file. */
  url: string | null;
}

/** The day posts before and after one post of the series. */
export interface SeriesNeighbours {
  previous: SeriesEntry | null;
  next: SeriesEntry | null;
}

export const seriesStartMarker = '<!-- lanyard:series -->';
export const seriesEndMarker = '<!-- /lanyard:series -->';

/** Where a post's series block is: from the start of its first marker line to the end of its last. */
interface BlockPlace {
  from: number;
  to: number;
}

/**
 * The posts of the nearest days before and after the post's own day (the series may skip
 * days); a day with several posts gives the first by id.
 */
export function seriesNeighbours(series: readonly SeriesEntry[], id: PostId): SeriesNeighbours {
  const own = series.find((entry) => entry.id === id);
  if (own === undefined) return { previous: null, next: null };
  const others = [...series]
    .filter((entry) => entry.id !== id)
    .sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const earlier = others.filter((entry) => entry.n < own.n);
  const lastDay = earlier.at(-1)?.n;
  return {
    previous: earlier.find((entry) => entry.n === lastDay) ?? null,
    next: others.find((entry) => entry.n > own.n) ?? null,
  };
}

/** The path from one post's folder to another post, `../day-1/index.md` between bundles. */
export function relativePostLink(from: PostId, to: PostId): string {
  const fromFolder = from.split('/').slice(0, -1);
  const target = to.split('/');
  let shared = 0;
  while (shared < fromFolder.length && shared < target.length - 1 && fromFolder[shared] === target[shared]) shared++;
  return [...fromFolder.slice(shared).map(() => '..'), ...target.slice(shared)].join('/');
}

function linkText(title: string): string {
  return title.replace(/[\\[\]]/g, (char) => `\\${char}`);
}

function destination(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

function link(from: PostId, entry: SeriesEntry): string {
  return `[${linkText(entry.title)}](${destination(entry.url ?? relativePostLink(from, entry.id))})`;
}

/**
 * The series block of a post: its markers around a `← previous · next →` line, blank lines
 * between so every Markdown dialect keeps the comments apart from the links. With neither
 * neighbour it holds only the markers, ready for the days to come.
 */
export function seriesBlock(from: PostId, neighbours: SeriesNeighbours): string {
  const parts = [
    ...(neighbours.previous === null ? [] : [`← ${link(from, neighbours.previous)}`]),
    ...(neighbours.next === null ? [] : [`${link(from, neighbours.next)} →`]),
  ];
  const inner = parts.length === 0 ? '' : `\n${parts.join(' · ')}\n\n`;
  return `${seriesStartMarker}\n${inner}${seriesEndMarker}`;
}

/** The post's series block, null when it has none, `broken` when a start marker has no end. */
function findBlock(text: string): BlockPlace | 'broken' | null {
  const markerLine = (marker: string, from: number) => {
    const match = new RegExp(`^[ \\t]*${marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[ \\t]*$`, 'm');
    const found = match.exec(text.slice(from));
    return found === null ? null : { from: from + found.index, to: from + found.index + found[0].length };
  };
  const start = markerLine(seriesStartMarker, 0);
  if (start === null) return null;
  const end = markerLine(seriesEndMarker, start.to);
  return end === null ? 'broken' : { from: start.from, to: end.to };
}

/** Where the series block starts when it ends the post (nothing but blank lines after it), else null. */
export function trailingSeriesBlockStart(text: string): number | null {
  const place = findBlock(text);
  return place !== null && place !== 'broken' && text.slice(place.to).trim() === '' ? place.from : null;
}

function replaced(text: string, place: BlockPlace, block: string): string | null {
  if (text.slice(place.from, place.to) === block) return null;
  return text.slice(0, place.from) + block + text.slice(place.to);
}

/**
 * The post's text with its series block made current, added at the end when it has none; null
 * when the block is already right. Throws `invalid-argument` for a start marker with no end.
 */
export function insertSeriesLinks(text: string, id: PostId, neighbours: SeriesNeighbours): string | null {
  const block = seriesBlock(id, neighbours);
  const place = findBlock(text);
  if (place === 'broken') {
    throw new LanyardError(
      'invalid-argument',
      `The post has ${seriesStartMarker} without ${seriesEndMarker} after it; add the end marker or remove the start marker, and try again.`,
    );
  }
  if (place !== null) return replaced(text, place, block);
  const body = text.replace(/\s+$/, '');
  return `${body}${body === '' ? '' : '\n\n'}${block}\n`;
}

/**
 * The post's text with its series block rewritten for the series as it is now, or null: when
 * the block is already right, and when the post has no block (the writer removed it, or never
 * asked for one) or a broken one, which is left alone.
 */
export function refreshSeriesLinks(text: string, id: PostId, neighbours: SeriesNeighbours): string | null {
  const place = findBlock(text);
  return place === null || place === 'broken' ? null : replaced(text, place, seriesBlock(id, neighbours));
}
