import { describe, expect, it } from 'vitest';
import { withGitContext, type GitCommandRecord } from '../../../../src/git/node/git-context';
import { checkRepository, type RepositoryCheck } from '../../../../src/publish/node/repository-check';
import { useGitSandbox } from '../../git/node/git-env';
import { git, makeBlog } from './publish-fixture';

const sandbox = useGitSandbox();

function remoteOf(check: RepositoryCheck): { remote: string; remoteBranch: string; tracking: boolean } | null {
  return check.ok
    ? { remote: check.facts.remote.name, remoteBranch: check.facts.remoteBranch, tracking: check.facts.tracking }
    : null;
}

describe('checkRepository', () => {
  it('asks git three things at once, and takes the tracked remote even with a slash in its name', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(blog.site, 'remote', 'rename', 'origin', 'backup/eu');
    await git(blog.site, 'remote', 'add', 'backup', 'https://example.com/backup.git');
    const records: GitCommandRecord[] = [];

    const check = await withGitContext({ onCommand: (record) => records.push(record) }, () =>
      checkRepository(blog.site),
    );

    expect(remoteOf(check)).toEqual({ remote: 'backup/eu', remoteBranch: 'main', tracking: true });
    expect(records.map((record) => record.args[0]).sort()).toEqual(['config', 'rev-parse', 'status']);
    const lastStart = Math.max(...records.map((record) => record.startedAt));
    const firstEnd = Math.min(...records.map((record) => record.startedAt + record.durationMs));
    expect(lastStart, 'all three started before any ended').toBeLessThanOrEqual(firstEnd);
  });

  it('takes origin when the branch tracks nothing, else the first remote git lists', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(blog.site, 'branch', '--unset-upstream');
    await git(blog.site, 'remote', 'add', 'zeta', 'https://example.com/zeta.git');
    await git(blog.site, 'remote', 'add', 'alpha', 'https://example.com/alpha.git');
    expect(remoteOf(await checkRepository(blog.site))).toEqual({
      remote: 'origin',
      remoteBranch: 'main',
      tracking: false,
    });
    await git(blog.site, 'remote', 'remove', 'origin');
    expect(remoteOf(await checkRepository(blog.site))).toMatchObject({ remote: 'alpha', tracking: false });
  });
});
