import { gitSettings } from './config';
import { runGit } from './run-git';

/** A remote as git uses it, `url.<base>.insteadOf` rewrites applied. */
export interface GitRemote {
  name: string;
  fetchUrl: string;
  /** The fetch URL unless a separate push URL is configured. */
  pushUrl: string;
}

/** The repository's remotes, in the order git lists them. */
export async function listRemotes(repo: string): Promise<GitRemote[]> {
  const { stdout } = await runGit(['remote', '--verbose'], repo);
  const remotes = new Map<string, GitRemote>();
  const seen = new Set<string>();
  for (const line of stdout.split('\n')) {
    // `name<TAB>url (fetch)`; a remote name never holds a tab, a local path may hold spaces.
    const match = /^([^\t]+)\t(.*) \((fetch|push)\)$/.exec(line);
    if (!match) continue;
    const [, name = '', url = '', direction = ''] = match;
    // Git lists every push URL of a remote; a push goes to the first one first.
    if (seen.has(`${direction} ${name}`)) continue;
    seen.add(`${direction} ${name}`);
    const remote = remotes.get(name) ?? { name, fetchUrl: url, pushUrl: url };
    if (direction === 'fetch') remote.fetchUrl = url;
    else remote.pushUrl = url;
    remotes.set(name, remote);
  }
  return [...remotes.values()];
}

/**
 * The names of the remotes `git remote` lists (those git config gives a URL or a push URL), in
 * its order, read with `gitSettings`: inside `withGitMemo` this costs no git command of its own.
 */
export async function configuredRemoteNames(repo: string): Promise<string[]> {
  const keys = [...(await gitSettings(repo)).keys()];
  const names = keys.flatMap((key) => /^remote\.(.+)\.(url|pushurl)$/s.exec(key)?.[1] ?? []);
  // `git remote` sorts by bytes, as strcmp does.
  return [...new Set(names)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** Adds a remote called `name` that fetches from and pushes to `url`. */
export async function addRemote(repo: string, name: string, url: string): Promise<void> {
  await runGit(['remote', 'add', '--', name, url], repo);
}
