import { GitError } from '../../git/node/git-error';
import type { PublishOutcome } from '../publish-types';

/** Where credentials come from; Lanyard itself never stores one. */
export const credentialHelp =
  'Lanyard never stores passwords: git asks your credential helper or SSH agent. ' +
  'For an https:// remote, sign in once from a terminal with `git push` (Git Credential Manager or your keychain remembers it), ' +
  'using a personal access token where the host asks for one. ' +
  'For an SSH remote (git@…), load your key with `ssh-add` and add its public half to your account on the host.';

/** True for the error a cancelled git command or step rejects with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The facts every outcome carries. */
export interface OutcomeBase {
  postId: string;
  commit: string | null;
  target: PublishOutcome['target'];
}

/** An outcome with nothing but a kind and a message. */
export function outcome(kind: PublishOutcome['kind'], base: OutcomeBase, message: string): PublishOutcome {
  return { kind, ...base, message, url: null, files: [], remoteMessage: null, help: null };
}

/** The rebase met a conflict and was aborted: nothing pushed, every local commit kept. */
export function conflictOutcome(base: OutcomeBase, files: string[]): PublishOutcome {
  const message = 'Someone changed the same lines on the remote. Nothing was pushed, and your commits are kept.';
  return { ...outcome('conflict', base, message), files };
}

/** What the writer should know when their unpublished edits clashed with the remote's on the way back. */
export function stashNote(stashed: string[]): string {
  if (stashed.length === 0) return '';
  return ` Your unpublished changes to ${stashed.join(', ')} clashed with the remote’s, so ${stashed.length === 1 ? 'that file shows' : 'those files show'} the remote’s version now; your changes are kept in git’s stash (stash@{0}).`;
}

function committedNote(base: OutcomeBase): string {
  return base.commit === null ? '' : ' Your commit is saved in the local repository and will be pushed next time.';
}

/** Turns a git failure during a publish into what the writer reads; nothing here is ever a stack trace. */
export function failureOutcome(error: unknown, base: OutcomeBase): PublishOutcome {
  if (!(error instanceof GitError)) throw error;
  switch (error.kind) {
    case 'auth':
      return {
        ...outcome('failed', base, `Git could not sign in to the remote repository.${committedNote(base)}`),
        help: credentialHelp,
      };
    case 'remote-rejected':
      return {
        ...outcome('failed', base, `The remote repository refused the push.${committedNote(base)}`),
        remoteMessage: error.remoteMessage,
      };
    case 'rejected':
      return outcome(
        'failed',
        base,
        `The remote repository still has work you do not have after Lanyard rebased once; publish again in a moment.${committedNote(base)}`,
      );
    default:
      return {
        ...outcome('failed', base, `${error.message}${committedNote(base)}`),
        remoteMessage: error.remoteMessage,
      };
  }
}
