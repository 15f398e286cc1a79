import { runGit } from './run-git';

/**
 * Makes `dir` a git repository whose first branch is `main`. Running it on an existing
 * repository changes nothing that matters (git only re-initialises its templates).
 */
export async function gitInit(dir: string): Promise<void> {
  await runGit(['-c', 'init.defaultBranch=main', 'init', '--quiet'], dir);
  // Git before 2.28 ignores init.defaultBranch; point a repository without commits at main.
  const head = await runGit(['symbolic-ref', '--quiet', 'HEAD'], dir).catch(() => null);
  const hasCommits = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], dir).then(
    () => true,
    () => false,
  );
  if (!hasCommits && head?.stdout.trim() !== 'refs/heads/main') {
    await runGit(['symbolic-ref', 'HEAD', 'refs/heads/main'], dir);
  }
}
