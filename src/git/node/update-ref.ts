import { LanyardError } from '../../api/lanyard-error';
import { runGit } from './run-git';

/**
 * Points `refs/lanyard/<name>` at the commit `oid` (a full object id), so the commit stays
 * reachable — and out of garbage collection — whatever a later rebase does to the branch.
 */
export async function keepCommit(repo: string, name: string, oid: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(name)) {
    throw new LanyardError('invalid-argument', `"${name}" is not a valid name for a kept commit.`);
  }
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(oid)) {
    throw new LanyardError('invalid-argument', `"${oid}" is not a full commit id.`);
  }
  await runGit(['update-ref', `refs/lanyard/${name}`, oid], repo);
}
