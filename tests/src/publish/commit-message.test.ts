import { describe, expect, it } from 'vitest';
import { commitMessage, defaultCommitTemplates, siteDay } from '../../../src/publish/commit-message';

const facts = { title: 'Day 1: the keynote', date: '2026-11-23', file: '2026-11-23-day-1.md' };

describe('commitMessage', () => {
  it('fills the default templates with the title', () => {
    expect(commitMessage(defaultCommitTemplates.publish, facts)).toBe('Publish: Day 1: the keynote');
    expect(commitMessage(defaultCommitTemplates.update, facts)).toBe('Update: Day 1: the keynote');
    expect(commitMessage(defaultCommitTemplates.unpublish, facts)).toBe('Unpublish: Day 1: the keynote');
  });

  it('fills {date} and {file}, each as often as written', () => {
    expect(commitMessage('[{date}] {file} – {title} ({date})', facts)).toBe(
      '[2026-11-23] 2026-11-23-day-1.md – Day 1: the keynote (2026-11-23)',
    );
  });

  it('keeps only the day of a date with a time, and only the name of a file given as a path', () => {
    const message = commitMessage('{date} {file}', {
      ...facts,
      date: '2026-11-23 09:30:15 +0100',
      file: '_posts/events/2026-11-23-day-1.md',
    });
    expect(message).toBe('2026-11-23 2026-11-23-day-1.md');
  });

  it('leaves unknown placeholders, and placeholders inside the title, as written', () => {
    expect(commitMessage('{slug}: {title} {Title}', { ...facts, title: 'Plans for {date}' })).toBe(
      '{slug}: Plans for {date} {Title}',
    );
  });

  it('makes one trimmed line: line breaks and control characters collapse to one space', () => {
    const title = '  Day 1\r\n\r\n  keynote\tnotes\u0007!\u2028end  ';
    expect(commitMessage('Publish:\n{title}\n', { ...facts, title })).toBe('Publish: Day 1 keynote notes ! end');
  });

  it('is never empty: a template that fills to nothing falls back to the update template', () => {
    expect(commitMessage('', facts)).toBe('Update: Day 1: the keynote');
    expect(commitMessage(' \n\t', facts)).toBe('Update: Day 1: the keynote');
    expect(commitMessage('{title}', { ...facts, title: ' \n ' })).toBe('Update: 2026-11-23-day-1.md');
    expect(commitMessage('', { title: '', date: '', file: '' })).toBe('Update:');
  });
});

describe('siteDay', () => {
  it('is the day in the site’s zone, which late in the evening is not the UTC day', () => {
    const evening = new Date('2026-11-24T23:30:00-08:00');
    expect(siteDay(evening, 'America/Los_Angeles')).toBe('2026-11-24');
    expect(siteDay(evening, 'UTC')).toBe('2026-11-25');
    expect(siteDay(evening, 'Asia/Tokyo')).toBe('2026-11-25');
  });
});
