import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderList, unknownPlaceholders } from '../../../src/events/template-placeholders';

describe('fillPlaceholders', () => {
  it('fills the known placeholders and reports the others once, as written', () => {
    const filled = fillPlaceholders('{event} Day {n}: {speaker} and {speaker} at {room}', { event: 'DevConf', n: '2' });
    expect(filled).toEqual({
      text: 'DevConf Day 2: {speaker} and {speaker} at {room}',
      unknown: ['{speaker}', '{room}'],
    });
  });

  it('fills in one pass, so a value holding a placeholder stays as written', () => {
    expect(fillPlaceholders('{event} / {n}', { event: 'The {n} conference', n: '3' }).text).toBe(
      'The {n} conference / 3',
    );
  });

  it("leaves Liquid's and Hugo's double braces to the generator", () => {
    const template = '{{ site.url }} {{content}} {{< figure src="x" >}} {n}';
    expect(fillPlaceholders(template, { n: '1' })).toEqual({
      text: '{{ site.url }} {{content}} {{< figure src="x" >}} 1',
      unknown: [],
    });
  });

  it('does not take a property every object has for a value', () => {
    expect(fillPlaceholders('{constructor}', {})).toEqual({ text: '{constructor}', unknown: ['{constructor}'] });
  });
});

describe('unknownPlaceholders and placeholderList', () => {
  it('lists what a template uses beyond the known names', () => {
    expect(unknownPlaceholders('{event} {hashtag} {n} {hashtag}', ['event', 'n'])).toEqual(['{hashtag}']);
    expect(unknownPlaceholders('{{n}}', ['event'])).toEqual([]);
  });

  it('joins names as a reader would', () => {
    expect(placeholderList(['n'])).toBe('{n}');
    expect(placeholderList(['event', 'n', 'date'])).toBe('{event}, {n} and {date}');
  });
});
