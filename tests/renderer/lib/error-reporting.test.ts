import { describe, expect, it } from 'vitest';
import { channels } from '../../../src/api/contract';
import { errorReport } from '../../../renderer/src/lib/error-reporting';

describe('errorReport', () => {
  it('keeps the name, message and stack of an Error', () => {
    const error = new TypeError('post is undefined');
    const report = errorReport('error', error);
    expect(report).toEqual({ kind: 'error', message: 'TypeError: post is undefined', stack: error.stack });
  });

  it('describes thrown values that are not errors', () => {
    expect(errorReport('unhandledrejection', 'offline')).toEqual({ kind: 'unhandledrejection', message: 'offline' });
    expect(errorReport('unhandledrejection', undefined).message).toBe('undefined');
  });

  it('clips huge messages and stacks so the channel accepts them', () => {
    const error = new Error('x'.repeat(50_000));
    error.stack = 'y'.repeat(50_000);
    const report = errorReport('error', error);
    expect(report.message).toHaveLength(2000);
    expect(report.message.endsWith('…')).toBe(true);
    expect(channels['app.reportError'].input.safeParse(report).success).toBe(true);
  });
});
