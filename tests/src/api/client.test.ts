import { describe, expect, it } from 'vitest';
import { createBridgeApi, type BridgeTransport } from '../../../src/api/client';
import { unwrapBridgeApi } from '../../../src/api/unwrap-bridge';
import { channelNames, type ChannelName } from '../../../src/api/contract';
import { LanyardError, type Envelope } from '../../../src/api/lanyard-error';

function fakeMain(answer: (channel: ChannelName, arg: unknown) => Envelope<unknown>) {
  const sent: Array<[ChannelName, unknown]> = [];
  let deliver: (name: string, payload: unknown) => void = () => undefined;
  const transport: BridgeTransport = {
    invoke: (channel, arg) => {
      sent.push([channel, arg]);
      return Promise.resolve(answer(channel, arg));
    },
    subscribe: (listener) => {
      deliver = listener;
      return () => undefined;
    },
  };
  return { transport, sent, emit: (name: string, payload: unknown) => deliver(name, payload) };
}

describe('createBridgeApi', () => {
  it('exposes one named function per channel and nothing that reaches the transport directly', () => {
    const api = createBridgeApi(fakeMain(() => ({ ok: true, value: null })).transport) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    for (const channel of channelNames) {
      const [namespace, method] = channel.split('.') as [string, string];
      expect(typeof api[namespace]?.[method]).toBe('function');
    }
    expect(Object.keys(api).sort()).toEqual([...new Set(channelNames.map((c) => c.split('.')[0]))].concat('on').sort());
    expect(JSON.stringify(Object.keys(api))).not.toContain('invoke');
  });

  it('sends the channel name and argument unchanged and delivers events to subscribers only until they leave', async () => {
    const main = fakeMain((channel) => ({ ok: true, value: channel }));
    const api = createBridgeApi(main.transport);
    expect(await api.posts.read({ id: 'a.md' })).toEqual({ ok: true, value: 'posts.read' });
    expect(main.sent).toEqual([['posts.read', { id: 'a.md' }]]);

    const seen: unknown[] = [];
    const leave = api.on('posts.changed', (payload) => seen.push(payload));
    main.emit('posts.changed', { ids: ['a.md'] });
    main.emit('site.vanished', { root: '/x' });
    leave();
    main.emit('posts.changed', { ids: ['b.md'] });
    expect(seen).toEqual([{ ids: ['a.md'] }]);
  });
});

describe('unwrapBridgeApi', () => {
  it('returns values and throws failures as LanyardError with the code intact', async () => {
    const main = fakeMain((channel) =>
      channel === 'posts.list'
        ? { ok: true, value: [] }
        : { ok: false, error: { code: 'outside-site', message: 'That path is outside the open site' } },
    );
    const api = unwrapBridgeApi(createBridgeApi(main.transport));
    expect(await api.posts.list()).toEqual([]);
    const failure = await api.posts.read({ id: '../x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LanyardError);
    expect((failure as LanyardError).code).toBe('outside-site');
  });
});
