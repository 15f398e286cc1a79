import { describe, expect, it } from 'vitest';
import { eventProblems, type EventInput } from '../../../src/events/event';
import {
  firstProblemField,
  problemField,
  revealedProblems,
  type EventField,
} from '../../../renderer/src/events/event-field-problems';
import { siteEvent } from '../../src/events/site-event';

/** The one problem of an otherwise good event with `change` made to it. */
function problemOf(change: EventInput): string {
  const problems = eventProblems({ ...siteEvent(), ...change });
  expect(problems).toHaveLength(1);
  return problems[0] ?? '';
}

describe('problemField', () => {
  // Real messages from the checks, so a change of wording there shows here.
  const cases: [string, EventInput, EventField][] = [
    ['a missing name', { name: '' }, 'name'],
    ['a name of two lines', { name: 'Dev\nConf' }, 'name'],
    ['a missing start', { start: '' }, 'start'],
    ['a start that is no date', { start: '2026-13-40' }, 'start'],
    ['a missing end', { end: '' }, 'end'],
    ['an end that is no date', { end: 'soon' }, 'end'],
    ['an end before the start', { end: '2026-01-01' }, 'end'],
    ['an event far too long', { end: '2026-06-01' }, 'end'],
    ['a missing time zone', { timezone: '' }, 'timezone'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['a location of two lines', { location: 'Las\nVegas' }, 'location'],
    ['a hashtag of two words', { hashtag: 'dev conf' }, 'hashtag'],
    ['a link that is no web address', { link: 'devconf.example.com' }, 'link'],
    ['an empty tag', { tags: ['conference', ' '] }, 'tags'],
    ['a day title with an unknown placeholder', { titleTemplate: '{event} {when}' }, 'titleTemplate'],
    ['a template name with spaces', { template: 'Conference Day' }, 'template'],
    ['a cover outside the site', { cover: '../secret.jpg' }, 'cover'],
    ['a layout that is no name', { layout: '<post>' }, 'layout'],
  ];

  it.each(cases)('ties %s to its field', (_, change, field) => {
    expect(problemField(problemOf(change))).toBe(field);
  });

  it('goes by the message, not by what the writer typed into it', () => {
    expect(problemField(problemOf({ timezone: 'The link' }))).toBe('timezone');
    expect(problemField(problemOf({ start: 'write the end date' }))).toBe('start');
    expect(problemField(problemOf({ titleTemplate: '{hashtag} at {link}' }))).toBe('titleTemplate');
  });

  it('ties a problem with no field of its own to none', () => {
    expect(problemField(problemOf({ id: 'Not An Id' }))).toBeNull();
    expect(problemField(problemOf({ seriesLinks: 'yes' }))).toBeNull();
    expect(problemField('Something else went wrong.')).toBeNull();
  });
});

describe('firstProblemField', () => {
  it('picks the first wrong field in the order of the form, not of the list', () => {
    const problems = eventProblems({ ...siteEvent(), layout: '<post>', start: '2026-01-09', id: 'Bad Id' });
    expect(problems.map(problemField)).toEqual([null, 'layout', 'end']);
    expect(firstProblemField(problems)).toBe('end');
  });

  it('is null when no problem belongs to a field', () => {
    expect(firstProblemField([])).toBeNull();
    expect(firstProblemField([problemOf({ id: 'Not An Id' })])).toBeNull();
  });
});

describe('revealedProblems', () => {
  const problems = eventProblems({ ...siteEvent(), name: '', link: 'nope', id: 'Bad Id' });

  it('shows nothing before any field was left or Save tried', () => {
    expect(revealedProblems(problems, new Set(), false)).toEqual([]);
  });

  it('shows the problems of the fields left, in their order', () => {
    const shown = revealedProblems(problems, new Set<EventField>(['link', 'name', 'start']), false);
    expect(shown.map(problemField)).toEqual(['name', 'link']);
  });

  it('shows every problem once Save was tried, those of no field too', () => {
    expect(revealedProblems(problems, new Set(), true)).toEqual(problems);
  });
});
