import { describe, expect, it } from 'vitest';
import type { QueuedPublish } from '../../../src/publish/publish-types';
import {
  aheadBehindText,
  draftNote,
  futureDateNote,
  kindLetter,
  finalOutput,
  logLine,
  progressDetail,
  publishSteps,
  queueText,
  shortCommit,
  stepStates,
} from '../../../renderer/src/publish/publish-text';

describe('stepStates', () => {
  it('marks the steps before the current one done and the rest waiting', () => {
    expect(stepStates('commit')).toEqual(['done', 'done', 'current', 'waiting', 'waiting']);
    expect(stepStates('push')).toEqual(['done', 'done', 'done', 'done', 'current']);
  });

  it('has nothing under way before the first report, and matches the listed order', () => {
    expect(stepStates(null)).toEqual(['waiting', 'waiting', 'waiting', 'waiting', 'waiting']);
    expect(publishSteps.map((entry) => entry.step)).toEqual(['check', 'prepare', 'commit', 'sync', 'push']);
  });
});

describe('aheadBehindText', () => {
  it('counts commits not pushed and commits to bring in, singular and plural', () => {
    expect(aheadBehindText({ ahead: 2, behind: 0, upstream: 'origin/main' })).toEqual(['2 commits not pushed yet']);
    expect(aheadBehindText({ ahead: 1, behind: 1, upstream: 'origin/main' })).toEqual([
      '1 commit not pushed yet',
      'The remote has 1 commit you don’t have — Lanyard will bring it in first',
    ]);
    expect(aheadBehindText({ ahead: 0, behind: 3, upstream: 'origin/main' })).toEqual([
      'The remote has 3 commits you don’t have — Lanyard will bring them in first',
    ]);
  });

  it('says whether an even branch is on the remote at all', () => {
    expect(aheadBehindText({ ahead: 0, behind: 0, upstream: 'origin/main' })).toEqual(['Up to date with the remote']);
    expect(aheadBehindText({ ahead: 0, behind: 0, upstream: null })).toEqual([
      'This branch is not on the remote yet; Publish pushes it',
    ]);
  });
});

describe('kindLetter', () => {
  it('uses the letters of git status --short', () => {
    expect(
      (['modified', 'added', 'deleted', 'renamed', 'untracked', 'conflicted', 'type-changed'] as const).map(kindLetter),
    ).toEqual(['M', 'A', 'D', 'R', '?', 'U', 'T']);
  });
});

describe('draftNote', () => {
  it('says a Jekyll draft moves into _posts/, also from a subfolder of _drafts', () => {
    expect(draftNote('jekyll', '_drafts/lisbon.md')).toBe(
      'Publishing moves this draft into _posts/ with today’s date.',
    );
    expect(draftNote('jekyll', 'blog/_drafts/trip/lisbon.md')).toContain('moves this draft into _posts/');
  });

  it('says the front matter flag flips for posts that stay where they are', () => {
    expect(draftNote('hugo', 'content/posts/day-1.md')).toBe('Publishing sets draft: false.');
    expect(draftNote('jekyll', '_posts/2026-06-16-day-1.md')).toContain('published: true');
    expect(draftNote('jekyll', '_drafts-old/lisbon.md')).toContain('published: true');
  });

  it('names published: true wherever Publish flips it, which is everywhere but Hugo', () => {
    for (const kind of ['astro', 'eleventy', 'plain'] as const) {
      expect(draftNote(kind, 'posts/day-1.md'), kind).toBe(
        'Publishing sets draft: false (or published: true) in its front matter.',
      );
    }
  });
});

describe('futureDateNote', () => {
  const hours = (count: number) => count * 3_600_000;

  it('says when the post is dated, that Publish still goes ahead, and how to show it now', () => {
    const future = { date: '2026-11-25 09:00:00 +0900', aheadMs: hours(5.5), setting: 'future: true in _config.yml' };
    expect(futureDateNote('jekyll', future)).toBe(
      'This post is dated 2026-11-25 09:00:00 +0900, about 6 hours from now. ' +
        'Jekyll leaves posts dated in the future out of the built site, so Publish will succeed but the page will be missing until then. ' +
        'To show it at once, set its date to now or earlier, or set future: true in _config.yml.',
    );
  });

  it('names the generator and its setting, and counts minutes, hours or days', () => {
    const future = (aheadMs: number) => ({ date: 'x', aheadMs, setting: 'buildFuture = true in hugo.toml' });
    expect(futureDateNote('hugo', future(20_000))).toContain('dated x, 1 minute from now. Hugo leaves');
    expect(futureDateNote('hugo', future(hours(0.75)))).toContain('45 minutes from now');
    expect(futureDateNote('hugo', future(hours(1)))).toContain('about 1 hour from now');
    expect(futureDateNote('hugo', future(hours(47)))).toContain('about 47 hours from now');
    expect(futureDateNote('hugo', future(hours(72)))).toContain('3 days from now');
    expect(futureDateNote('hugo', future(hours(1)))).toMatch(/or set buildFuture = true in hugo\.toml\.$/);
  });
});

describe('progressDetail', () => {
  it('prefers git’s own line, else names the step under way', () => {
    const line = 'Writing objects:  45% (9/20), 1.2 MiB';
    expect(progressDetail({ run: 'r', step: 'push', detail: line, percent: 45 })).toBe(line);
    expect(progressDetail({ run: 'r', step: 'sync', detail: null, percent: null })).toBe('Bring in remote changes…');
    expect(progressDetail({ run: 'r', step: 'clone', detail: null, percent: null })).toBe('Cloning…');
    expect(progressDetail(null)).toBe('Starting…');
  });
});

describe('queueText', () => {
  const queued: QueuedPublish = {
    branch: 'main',
    remote: 'origin',
    posts: [{ id: '_posts/a.md', title: 'A' }],
    commit: 'abc',
    queuedAt: 1,
    attempts: 0,
    nextAttemptAt: 5_000,
    lastError: 'offline',
  };
  const time = (at: number) => `T${at}`;

  it('says how many and when the next try is', () => {
    expect(queueText(queued, time)).toBe('1 publish queued — retrying at T5000');
    const two = { ...queued, posts: [...queued.posts, { id: '_posts/b.md', title: 'B' }] };
    expect(queueText(two, time)).toBe('2 publishes queued — retrying at T5000');
  });

  it('says it waits for the writer when there is no automatic try', () => {
    expect(queueText({ ...queued, nextAttemptAt: null }, time)).toBe('1 publish queued — waiting for you to retry');
  });
});

describe('shortCommit and logLine', () => {
  it('shortens a commit to seven characters', () => {
    expect(shortCommit('0123456789abcdef0123456789abcdef01234567')).toBe('0123456');
  });

  it('writes a command with its exit code and duration', () => {
    const record = { args: ['push', 'origin', 'main'], cwd: '/b', stderr: '', startedAt: 0 };
    expect(logLine({ ...record, exitCode: 0, durationMs: 1234 })).toEqual({
      command: 'git push origin main',
      result: 'exit 0, 1.2 s',
    });
    expect(logLine({ ...record, exitCode: null, durationMs: 80 }).result).toBe('did not finish, 80 ms');
  });
});

describe('finalOutput', () => {
  it('keeps the last state of each progress line git rewrote with a carriage return', () => {
    const stderr =
      'Enumerating objects: 7, done.\nCounting objects:  14% (1/7)\rCounting objects: 100% (7/7), done.\r\nTotal 4 (delta 3)\n';
    expect(finalOutput(stderr)).toBe(
      'Enumerating objects: 7, done.\nCounting objects: 100% (7/7), done.\nTotal 4 (delta 3)',
    );
  });

  it('leaves ordinary output alone', () => {
    expect(finalOutput('error: failed to push some refs\nhint: pull first\n')).toBe(
      'error: failed to push some refs\nhint: pull first',
    );
  });
});
