import { describe, expect, it } from 'vitest';
import { classifyGitFailure, GitError, remoteMessageOf } from '../../../../src/git/node/git-error';

const hookRefusal = [
  'Enumerating objects: 3, done.',
  'remote: Direct pushes to main are not allowed        ',
  'remote: Open a pull request instead.        ',
  'To /srv/blog.git',
  ' ! [remote rejected] main -> main (pre-receive hook declined)',
  "error: failed to push some refs to '/srv/blog.git'",
].join('\n');

describe('classifyGitFailure', () => {
  it.each([
    ["fatal: Authentication failed for 'https://example.com/blog.git/'", 'auth'],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", 'auth'],
    ['git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', 'auth'],
    ["fatal: unable to access 'https://example.com/': The requested URL returned error: 403", 'auth'],
    ["fatal: unable to access 'https://example.com/': Could not resolve host: example.com", 'offline'],
    [
      "fatal: unable to access 'http://127.0.0.1:1/blog.git/': Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server",
      'offline',
    ],
    ['ssh: connect to host example.com port 22: Connection timed out\nfatal: Could not read from remote', 'offline'],
    ['error: RPC failed; curl 28 Operation too slow. Less than 1000 bytes/sec transferred', 'offline'],
    [
      "fatal: '/srv/gone.git' does not appear to be a git repository\nfatal: Could not read from remote repository.",
      'remote-missing',
    ],
    ["remote: Repository not found.\nfatal: repository 'https://github.com/me/nope.git/' not found", 'remote-missing'],
    ['ERROR: Repository not found.\nfatal: Could not read from remote repository.', 'remote-missing'],
    [
      'kex_exchange_identification: read: Connection reset by peer\nfatal: Could not read from remote repository.',
      'offline',
    ],
    [' ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs', 'rejected'],
    [' ! [rejected]        main -> main (non-fast-forward)', 'rejected'],
    ['!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)\nDone', 'rejected'],
    [hookRefusal, 'remote-rejected'],
    [
      'remote: error: GH006: Protected branch update failed for refs/heads/main.\n ! [remote rejected] main -> main (protected branch hook declined)',
      'remote-rejected',
    ],
    ['remote: GitLab: You are not allowed to push code to protected branches on this project.', 'remote-rejected'],
    // A hook's own words never turn a refusal into a network or sign-in problem.
    [
      'remote: Connection refused by the CI server\n ! [remote rejected] main -> main (pre-receive hook declined)',
      'remote-rejected',
    ],
    ['CONFLICT (content): Merge conflict in _posts/a.md\nAutomatic merge failed; fix conflicts', 'conflict'],
    ['Rebasing (1/1)\rerror: could not apply 7cbfc32... Day one', 'conflict'],
    ['fatal: not a git repository (or any of the parent directories): .git', 'not-a-repository'],
    ["error: pathspec 'x' did not match any file(s) known to git", 'failed'],
    ["error: src refspec drafts does not match any\nerror: failed to push some refs to 'origin'", 'failed'],
  ] as const)('%s → %s', (stderr, kind) => {
    expect(classifyGitFailure(stderr)).toBe(kind);
  });
});

describe('remoteMessageOf', () => {
  it('keeps what the remote said, without the prefix, padding, colours or progress', () => {
    const stderr = [
      'remote: Enumerating objects: 5, done.        ',
      'remote: Counting objects:  50% (1/2)        \rremote: Counting objects: 100% (2/2), done.        ',
      'remote: Resolving deltas: 100% (1/1), completed with 1 local object.',
      'remote: ',
      "remote: \u001b[1mCreate a pull request for 'day-2' on GitHub by visiting:\u001b[0m",
      'remote:      https://github.com/ada/blog/pull/new/day-2',
      'remote: ',
      'To https://github.com/ada/blog.git',
    ].join('\n');
    expect(remoteMessageOf(stderr)).toBe(
      "Create a pull request for 'day-2' on GitHub by visiting:\n     https://github.com/ada/blog/pull/new/day-2",
    );
  });

  it('is null when the remote said nothing but progress', () => {
    expect(remoteMessageOf('remote: Total 3 (delta 0), reused 0 (delta 0)\nTo /srv/blog.git')).toBeNull();
    expect(remoteMessageOf('')).toBeNull();
  });
});

describe('GitError', () => {
  it('shows a hook’s refusal in the remote’s own words', () => {
    const error = new GitError('remote-rejected', { exitCode: 1, stderr: hookRefusal, args: ['push'] });
    expect(error.remoteMessage).toBe('Direct pushes to main are not allowed\nOpen a pull request instead.');
    expect(error.message).toBe(
      'The remote repository refused the push. (Direct pushes to main are not allowed Open a pull request instead.)',
    );
  });

  it('gives the plain summary when the remote said nothing', () => {
    const error = new GitError('remote-rejected', {
      exitCode: 1,
      stderr: ' ! [remote rejected] main -> main (pre-receive hook declined)',
      args: ['push'],
    });
    expect(error.remoteMessage).toBeNull();
    expect(error.message).toBe('The remote repository refused the push.');
  });

  it('quotes the error line of a conflict, even after a progress line rewritten with \\r', () => {
    const error = new GitError('conflict', {
      exitCode: 1,
      stderr: 'Rebasing (1/1)\rerror: could not apply 7cbfc32... Day one\nhint: Resolve all conflicts manually',
      args: ['pull'],
    });
    expect(error.message).toBe(
      'Git found conflicting changes that need to be resolved. (could not apply 7cbfc32... Day one)',
    );
  });

  it('never keeps credentials from URLs in its message, stderr or args', () => {
    const error = new GitError('failed', {
      exitCode: 128,
      stderr: "fatal: repository 'https://ada:secret@example.com/blog.git/' not found",
      args: ['clone', '--', 'https://ada:secret@example.com/blog.git', '/tmp/blog'],
    });
    expect(error.message).toBe("Git failed. (repository 'https://***@example.com/blog.git/' not found)");
    expect(error.stderr).not.toContain('secret');
    expect(error.args).toEqual(['clone', '--', 'https://***@example.com/blog.git', '/tmp/blog']);
  });
});
