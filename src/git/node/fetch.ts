import { networkEnvironment } from './network-environment';
import { runGit } from './run-git';

/** Fetches every branch of `remote` and forgets remote-tracking branches the remote no longer has. */
export async function gitFetch(
  repo: string,
  remote: string,
  options: { onProgress?: (line: string) => void } = {},
): Promise<void> {
  const network = await networkEnvironment(repo);
  await runGit([...network.args, 'fetch', '--progress', '--prune', '--', remote], repo, {
    env: network.env,
    onProgress: options.onProgress,
  });
}
