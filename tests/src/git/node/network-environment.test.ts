import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gitInit } from '../../../../src/git/node/init';
import { networkEnvironment } from '../../../../src/git/node/network-environment';
import { git } from './repo-fixtures';
import { useGitSandbox } from './git-env';

const sandbox = useGitSandbox();
const lowSpeed = ['-c', 'http.lowSpeedLimit=1000', '-c', 'http.lowSpeedTime=60'];
const batchSsh = { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o ConnectTimeout=20' };

beforeEach(() => {
  // The sandbox puts the environment back after each test.
  for (const name of ['GIT_SSH_COMMAND', 'GIT_SSH', 'GIT_HTTP_LOW_SPEED_LIMIT', 'GIT_HTTP_LOW_SPEED_TIME']) {
    delete process.env[name];
  }
});

async function repository(): Promise<string> {
  const repo = path.join(sandbox.path, 'blog');
  await fs.mkdir(repo);
  await gitInit(repo);
  return repo;
}

describe('networkEnvironment', () => {
  it('makes ssh give up instead of prompting and http give up on a stalled transfer', async () => {
    const repo = await repository();
    expect(await networkEnvironment(repo)).toEqual({ args: lowSpeed, env: batchSsh });
  });

  it('works in any existing folder, for a clone that has no repository yet', async () => {
    expect(await networkEnvironment(sandbox.path)).toEqual({ args: lowSpeed, env: batchSsh });
  });

  it('leaves ssh alone when the user configured it, in config or the environment', async () => {
    const repo = await repository();
    await git(repo, 'config', 'core.sshCommand', 'ssh -i ~/.ssh/blog_key');
    expect((await networkEnvironment(repo)).env).toEqual({});
    await git(repo, 'config', '--unset', 'core.sshCommand');

    process.env.GIT_SSH_COMMAND = 'ssh -v';
    expect((await networkEnvironment(repo)).env).toEqual({});
    delete process.env.GIT_SSH_COMMAND;
    process.env.GIT_SSH = '/usr/bin/plink';
    expect((await networkEnvironment(repo)).env).toEqual({});
  });

  it('leaves each http timeout alone when the user set it, globally or for the repository', async () => {
    const repo = await repository();
    await git(repo, 'config', 'http.lowSpeedLimit', '10');
    expect((await networkEnvironment(repo)).args).toEqual(['-c', 'http.lowSpeedTime=60']);
    await git(repo, 'config', '--global', 'http.lowSpeedTime', '600');
    expect((await networkEnvironment(repo)).args).toEqual([]);
    expect((await networkEnvironment(sandbox.path)).args).toEqual(['-c', 'http.lowSpeedLimit=1000']);
    process.env.GIT_HTTP_LOW_SPEED_LIMIT = '5';
    expect((await networkEnvironment(sandbox.path)).args).toEqual([]);
  });

  it('fails with a typed error for a folder that does not exist', async () => {
    await expect(networkEnvironment(path.join(sandbox.path, 'gone'))).rejects.toMatchObject({
      name: 'GitError',
      message: expect.stringContaining('does not exist') as unknown,
    });
  });
});
