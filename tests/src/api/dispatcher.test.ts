import { describe, expect, it } from 'vitest';
import { channelNames, type Handlers } from '../../../src/api/contract';
import { createDispatcher } from '../../../src/api/dispatcher';
import { LanyardError } from '../../../src/api/lanyard-error';

/** A handler table that records calls; every channel answers with its own name. */
function recordingHandlers(calls: Array<[string, unknown]>): Handlers {
  const table: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const name of channelNames) {
    table[name] = (arg) => {
      calls.push([name, arg]);
      return Promise.resolve(name);
    };
  }
  return table as unknown as Handlers;
}

describe('createDispatcher', () => {
  it('passes a valid argument to the named handler and wraps the result', async () => {
    const calls: Array<[string, unknown]> = [];
    const dispatcher = createDispatcher(recordingHandlers(calls));
    const result = await dispatcher.invoke('posts.read', { id: '_posts/a.md' });
    expect(result).toEqual({ ok: true, value: 'posts.read' });
    expect(calls).toEqual([['posts.read', { id: '_posts/a.md' }]]);
  });

  it('refuses unknown channels, including prototype names, without calling anything', async () => {
    const calls: Array<[string, unknown]> = [];
    const dispatcher = createDispatcher(recordingHandlers(calls));
    for (const name of ['posts.delete', 'constructor', '__proto__', 42, null]) {
      const result = await dispatcher.invoke(name, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(calls).toEqual([]);
  });

  it('keeps a refusal short when the caller sends a huge unknown key, which zod quotes back', async () => {
    const dispatcher = createDispatcher(recordingHandlers([]));
    const result = await dispatcher.invoke('posts.read', { id: 'a.md', ['k'.repeat(100_000)]: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^posts\.read refused its argument \(argument: Unrecognized key: "k+…\)$/);
      expect(result.error.message.length).toBeLessThan(250);
    }
  });

  it('refuses wrong-typed, missing, extra and oversized fields with a message naming the field', async () => {
    const calls: Array<[string, unknown]> = [];
    const dispatcher = createDispatcher(recordingHandlers(calls));
    const bad: Array<[string, unknown, string]> = [
      ['posts.read', { id: 7 }, 'id'],
      ['posts.read', {}, 'id'],
      ['posts.read', { id: 'a.md', extra: true }, 'extra'],
      ['posts.read', { id: 'x'.repeat(1025) }, 'id'],
      ['posts.create', { title: '   ' }, 'title'],
      ['posts.list', { sneaky: 1 }, 'argument'],
      ['session.update', { paneWidths: { list: -5, preview: 300 } }, 'paneWidths.list'],
    ];
    for (const [channel, arg, field] of bad) {
      const result = await dispatcher.invoke(channel, arg);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-argument');
        expect(result.error.message).toContain(channel);
        expect(result.error.message).toContain(field);
      }
    }
    expect(calls).toEqual([]);
  });

  it('hands the handler the parsed value, so trimming in the schema takes effect', async () => {
    const calls: Array<[string, unknown]> = [];
    const dispatcher = createDispatcher(recordingHandlers(calls));
    await dispatcher.invoke('posts.create', { title: '  Day 1  ' });
    expect(calls).toEqual([['posts.create', { title: 'Day 1' }]]);
  });

  it('turns a LanyardError into its code and message, and anything else into a reported internal error', async () => {
    const reported: unknown[] = [];
    const handlers = recordingHandlers([]);
    handlers['posts.list'] = () => Promise.reject(new LanyardError('no-site', 'No site is open.'));
    handlers['site.current'] = () => Promise.reject(new TypeError('boom'));
    const dispatcher = createDispatcher(handlers, (error) => reported.push(error));
    expect(await dispatcher.invoke('posts.list', undefined)).toEqual({
      ok: false,
      error: { code: 'no-site', message: 'No site is open.' },
    });
    const internal = await dispatcher.invoke('site.current', undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(TypeError);
  });
});
