import { z } from 'zod';

export { MAX_IMAGE_BYTES, MAX_POST_CHARS } from './limits';

/** A post's id: its path inside the site, checked against the site again by every handler. */
export const postId = z.string().min(1, 'a post id is required').max(1024, 'a post id is at most 1024 characters');
/** The argument of a call that takes none. */
export const noArgument = z.undefined({ error: 'this call takes no argument' });
/** Names one publish or clone run, for its progress events and its cancel. */
export const runId = z.string().min(1).max(100);

/** One channel of the contract: the runtime schema of its argument, and (as a type only) its result. */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the result type only. */
  readonly output?: O;
}

/** Declares a channel: `channel<Result>()(argumentSchema)`. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}
