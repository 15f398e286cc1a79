import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGit } from '../../../../src/git/node/run-git';
import { isolateGit } from './git-env';
import { gitFailure as failure, shellScript } from './repo-fixtures';

let dir: string;
let restore: () => void;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-git-'));
  ({ restore } = await isolateGit(path.dirname(dir)));
});

afterEach(async () => {
  restore();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('runGit', () => {
  it('runs git with the arguments as given, never through a shell', async () => {
    await runGit(['init', '--quiet'], dir);
    const name = '$(touch pwned); `touch pwned2` | x';
    await fs.writeFile(path.join(dir, name), 'x');
    const { stdout } = await runGit(['ls-files', '--others', '--', name], dir);
    expect(stdout.trim()).toBe(name);
    await expect(fs.readdir(dir)).resolves.not.toContain('pwned');
  });

  it('passes input on stdin', async () => {
    const { stdout } = await runGit(['hash-object', '--stdin'], dir, { input: 'hello' });
    expect(stdout.trim()).toBe(createHash('sha1').update('blob 5\0hello').digest('hex'));
  });

  it('never lets git prompt on a terminal, and adds extra environment', async () => {
    const alias = ['-c', 'alias.show-env=!printf "%s %s" "$GIT_TERMINAL_PROMPT" "$LANYARD_TEST"'];
    const { stdout } = await runGit([...alias, 'show-env'], dir, { env: { LANYARD_TEST: 'yes' } });
    expect(stdout).toBe('0 yes');
  });

  it('fails with not-a-repository outside a repository', async () => {
    const error = await failure(runGit(['status'], dir));
    expect(error.kind).toBe('not-a-repository');
    expect(error.exitCode).toBe(128);
    expect(error.stderr).toMatch(/not a git repository/i);
    expect(error.message).toBe('This folder is not a git repository.');
  });

  it('fails with not-installed when there is no git to run', async () => {
    const error = await failure(runGit(['--version'], dir, { env: { PATH: path.join(dir, 'no-such-bin') } }));
    expect(error.kind).toBe('not-installed');
    expect(error.exitCode).toBeNull();
  });

  it('tells a missing folder apart from a missing git', async () => {
    const error = await failure(runGit(['--version'], path.join(dir, 'gone')));
    expect(error.kind).toBe('failed');
    expect(error.message).toContain('does not exist');
  });

  it('says what failed in git’s own words for other failures', async () => {
    await runGit(['init', '--quiet'], dir);
    const error = await failure(runGit(['checkout', 'no-such-branch'], dir));
    expect(error.kind).toBe('failed');
    expect(error.message).toMatch(/^Git failed\. \(.*no-such-branch.*\)$/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const running = runGit(['hash-object', '--stdin'], dir, { signal: controller.signal, input: '' });
    controller.abort();
    await expect(running).rejects.toThrow();
  });

  it('rejects an aborted command with the AbortError soon, even while git waits on a child', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const running = runGit(shellScript('sleep 5'), dir, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('classifies failures git reports on stdout, as push --porcelain does', async () => {
    const porcelain =
      'printf "To /srv/blog.git\\n!\\trefs/heads/main:refs/heads/main\\t[rejected] (fetch first)\\n"; exit 1';
    const error = await failure(runGit(shellScript(porcelain), dir));
    expect(error.kind).toBe('rejected');
  });
});

describe('runGit onProgress', () => {
  it('passes each stderr line on, splitting at \\r as --progress rewrites, skipping blank ones', async () => {
    const lines: string[] = [];
    await runGit(
      shellScript(
        "printf 'Receiving objects:  50%% (1/2)\\rReceiving objects: 100%% (2/2)\\r\\n  done.  \\n\\n \\n' >&2",
      ),
      dir,
      {
        onProgress: (line) => lines.push(line),
      },
    );
    expect(lines).toEqual(['Receiving objects:  50% (1/2)', 'Receiving objects: 100% (2/2)', 'done.']);
  });

  it('delivers lines while git runs and joins lines and characters split between writes', async () => {
    const events: string[] = [];
    const script = "printf 'Cloning into x...\\nCaf\\303' >&2; sleep 0.3; printf '\\251 ready\\nlast' >&2";
    const running = runGit(shellScript(script), dir, { onProgress: (line) => events.push(line) }).then(() =>
      events.push('(settled)'),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toEqual(['Cloning into x...']);
    await running;
    expect(events).toEqual(['Cloning into x...', 'Café ready', 'last', '(settled)']);
  });

  it('survives a listener that throws, and redacts credentials in the lines', async () => {
    const lines: string[] = [];
    const { stderr } = await runGit(shellScript("echo 'fatal: https://ada:secret@example.com/x' >&2"), dir, {
      onProgress: (line) => {
        lines.push(line);
        throw new Error('display broke');
      },
    });
    expect(lines).toEqual(['fatal: https://***@example.com/x']);
    expect(stderr).toContain('secret');
  });
});
