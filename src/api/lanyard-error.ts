/** Error codes that cross the API boundary; the message is meant for the writer. */
export type ErrorCode =
  | 'invalid-argument'
  | 'unknown-channel'
  | 'outside-site'
  | 'not-found'
  | 'unreadable'
  | 'read-only'
  | 'no-site'
  | 'site-vanished'
  | 'already-exists'
  | 'refused'
  | 'io'
  | 'internal';

/** The one error type services throw; the dispatcher turns it into a failed envelope. */
export class LanyardError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'LanyardError';
    this.code = code;
  }
}

/** What every channel answers with, so typed errors survive IPC and the test bridge alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
