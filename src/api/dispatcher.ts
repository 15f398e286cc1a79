import type { z } from 'zod';
import { channels, type ChannelName, type Handlers } from './contract';
import { LanyardError, type Envelope } from './lanyard-error';

/** Validates and routes one call; the same object serves Electron IPC and the test bridge. */
export interface Dispatcher {
  invoke(channel: unknown, arg: unknown): Promise<Envelope<unknown>>;
}

function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** Zod quotes unknown keys back, and a caller chooses how long those are. */
const maxIssueChars = 160;

function shortened(text: string): string {
  return text.length > maxIssueChars ? `${text.slice(0, maxIssueChars)}…` : text;
}

function describeIssues(channel: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'argument';
    return shortened(`${where}: ${issue.message}`);
  });
  return `${channel} refused its argument (${parts.join('; ')})`;
}

/** Turns anything thrown by a handler into an envelope; unexpected errors are reported, not leaked. */
export function toFailure(error: unknown, report?: (error: unknown) => void): Envelope<never> {
  if (error instanceof LanyardError) return { ok: false, error: { code: error.code, message: error.message } };
  report?.(error);
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Something went wrong inside Lanyard: ${detail}` } };
}

/**
 * Builds the dispatcher over a handler table. Every argument is checked against its channel's
 * schema before the handler sees it; a handler only ever receives parsed, well-typed values.
 */
export function createDispatcher(handlers: Handlers, report?: (error: unknown) => void): Dispatcher {
  return {
    async invoke(channel, arg) {
      if (!isChannelName(channel)) {
        return {
          ok: false,
          error: { code: 'unknown-channel', message: `There is no channel named ${String(channel).slice(0, 80)}` },
        };
      }
      const parsed = channels[channel].input.safeParse(arg);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-argument', message: describeIssues(channel, parsed.error) } };
      }
      try {
        const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        return toFailure(error, report);
      }
    },
  };
}
