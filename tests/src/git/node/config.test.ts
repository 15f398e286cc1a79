import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitSettings } from '../../../../src/git/node/config';
import { withGitContext, withGitMemo } from '../../../../src/git/node/git-context';
import { gitInit } from '../../../../src/git/node/init';
import { useGitSandbox } from './git-env';
import { git } from './repo-fixtures';

const sandbox = useGitSandbox();

async function repository(): Promise<string> {
  const repo = path.join(sandbox.path, 'blog');
  await fs.mkdir(repo);
  await gitInit(repo);
  return repo;
}

describe('gitSettings', () => {
  it('answers every consulted setting from every scope, the last of each winning, and nothing else', async () => {
    const repo = await repository();
    await git(repo, 'config', '--global', 'user.name', 'Global Name');
    await git(repo, 'config', '--global', 'http.lowSpeedTime', '600');
    await git(repo, 'config', 'user.name', 'Ada  Writer');
    await git(repo, 'config', 'core.sshCommand', 'ssh -i "key\nwith newline"');
    await git(repo, 'config', 'core.editor', 'vim');
    await fs.appendFile(path.join(repo, '.git', 'config'), '[http]\n\tlowSpeedLimit\n');

    expect(Object.fromEntries(await gitSettings(repo))).toEqual({
      'user.name': 'Ada  Writer',
      'http.lowspeedtime': '600',
      'core.sshcommand': 'ssh -i "key\nwith newline"',
      'http.lowspeedlimit': '',
    });
  });

  it('is empty when none is set, in any existing folder', async () => {
    expect((await gitSettings(sandbox.path)).size).toBe(0);
  });

  it('is read with one git command per memo', async () => {
    const repo = await repository();
    const commands: string[][] = [];
    await withGitContext({ onCommand: (record) => commands.push([...record.args]) }, () =>
      withGitMemo(async () => {
        await Promise.all([gitSettings(repo), gitSettings(repo)]);
        await gitSettings(repo);
      }),
    );
    expect(commands.map((args) => args[0])).toEqual(['config']);
  });

  it('fails with a typed error when a config file is broken', async () => {
    const repo = await repository();
    await fs.appendFile(path.join(repo, '.git', 'config'), '[broken\n');
    await expect(gitSettings(repo)).rejects.toMatchObject({ name: 'GitError' });
  });
});
