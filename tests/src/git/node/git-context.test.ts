import { describe, expect, it } from 'vitest';
import type { GitCommandRecord } from '../../../../src/git/node/git-context';
import { currentGitContext, memoized, withGitContext, withGitMemo } from '../../../../src/git/node/git-context';
import { runGit } from '../../../../src/git/node/run-git';
import { useGitSandbox } from './git-env';
import { shellScript } from './repo-fixtures';

const sandbox = useGitSandbox();

describe('withGitContext', () => {
  it('reports every command inside it, however deep, once each, failures included', async () => {
    const records: GitCommandRecord[] = [];
    const before = Date.now();
    await withGitContext({ onCommand: (record) => records.push(record) }, async () => {
      await runGit(['--version'], sandbox.path);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all([
        runGit(['var', 'GIT_EDITOR'], sandbox.path),
        runGit(['status'], sandbox.path).catch(() => null),
      ]);
    });
    await runGit(['--version'], sandbox.path);
    expect(records.map((record) => [record.args, record.exitCode])).toEqual(
      expect.arrayContaining([
        [['--version'], 0],
        [['var', 'GIT_EDITOR'], 0],
        [['status'], 128],
      ]),
    );
    expect(records).toHaveLength(3);
    const failed = records.find((record) => record.args[0] === 'status');
    expect(failed?.cwd).toBe(sandbox.path);
    expect(failed?.stderr).toMatch(/not a git repository/);
    for (const record of records) {
      expect(record.startedAt).toBeGreaterThanOrEqual(before);
      expect(record.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('times each command', async () => {
    const records: GitCommandRecord[] = [];
    await withGitContext({ onCommand: (record) => records.push(record) }, () =>
      runGit(shellScript('sleep 0.2'), sandbox.path),
    );
    expect(records[0]?.durationMs).toBeGreaterThanOrEqual(180);
  });

  it('redacts credentials in the recorded args and stderr, and keeps only the end of stderr', async () => {
    const records: GitCommandRecord[] = [];
    const url = 'https://ada:secret@example.com/blog.git';
    const script = `printf '%05000d' 0 >&2; echo "fatal: cannot reach ${url}" >&2; exit 2`;
    await withGitContext({ onCommand: (record) => records.push(record) }, () =>
      runGit(shellScript(script), sandbox.path).catch(() => null),
    );
    const [record] = records;
    expect(record?.exitCode).toBe(2);
    expect(record?.args.join(' ')).toContain('https://***@example.com/blog.git');
    expect(record?.args.join(' ')).not.toContain('secret');
    expect(record?.stderr).toHaveLength(4000);
    expect(record?.stderr.endsWith('fatal: cannot reach https://***@example.com/blog.git\n')).toBe(true);
  });

  it('cancels commands with its signal unless a command brings its own', async () => {
    const controller = new AbortController();
    controller.abort();
    const own = new AbortController();
    await withGitContext({ signal: controller.signal }, async () => {
      await expect(runGit(['--version'], sandbox.path)).rejects.toMatchObject({ name: 'AbortError' });
      await expect(runGit(['--version'], sandbox.path, { signal: own.signal })).resolves.toMatchObject({
        stdout: expect.stringMatching(/^git version/) as unknown,
      });
    });
  });

  it('lets an inner context replace the outer one, and is gone outside', async () => {
    const outer: string[][] = [];
    const inner: string[][] = [];
    expect(currentGitContext()).toBeUndefined();
    await withGitContext({ onCommand: (record) => outer.push(record.args) }, async () => {
      await withGitContext({ onCommand: (record) => inner.push(record.args) }, () =>
        runGit(['--version'], sandbox.path),
      );
      await runGit(['--help'], sandbox.path);
    });
    expect(inner).toEqual([['--version']]);
    expect(outer).toEqual([['--help']]);
    expect(currentGitContext()).toBeUndefined();
  });

  it('keeps git working when the listener throws', async () => {
    const output = await withGitContext(
      {
        onCommand: () => {
          throw new Error('log is full');
        },
      },
      () => runGit(['--version'], sandbox.path),
    );
    expect(output.stdout).toMatch(/^git version/);
  });
});

describe('withGitMemo', () => {
  it('answers each key once inside it, keeps the surrounding context, and forgets a failure', async () => {
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    const records: GitCommandRecord[] = [];
    await withGitContext({ onCommand: (record) => records.push(record) }, () =>
      withGitMemo(async () => {
        expect(await Promise.all([memoized('a', compute), memoized('a', compute)])).toEqual([1, 1]);
        expect(await memoized('b', compute)).toBe(2);
        await runGit(['--version'], sandbox.path);
        await expect(memoized('c', () => Promise.reject(new Error('config unreadable')))).rejects.toThrow();
        expect(await memoized('c', compute), 'a failed read is tried again').toBe(3);
      }),
    );
    expect(records, 'commands inside still report to the outer context').toHaveLength(1);
    expect(await memoized('a', compute), 'outside any memo, every call computes').toBe(4);
    expect(await withGitMemo(() => memoized('a', compute)), 'each memo starts empty').toBe(5);
  });
});
