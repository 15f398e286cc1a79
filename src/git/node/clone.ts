import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { networkEnvironment } from './network-environment';
import { runGit } from './run-git';

/** Schemes git clones from without running anything of the address's choosing. */
const schemes = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
/** `user@host:path`, the scp-like ssh form; a host may not start with `-` (it would reach ssh as an option). */
const scpLike = /^[^@/:]+@(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):./;

function isSchemeUrl(url: string): boolean {
  if (!/^[a-z]+:\/\//i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!schemes.has(parsed.protocol)) return false;
  return parsed.protocol === 'file:' ? parsed.pathname.length > 1 : /^[A-Za-z0-9[]/.test(parsed.hostname);
}

/**
 * Whether `url` is a repository address Lanyard lets git clone from: https://, http://,
 * ssh://, git:// or file:// URLs, scp-like `user@host:path`, or an absolute local path.
 * Refused: anything starting with `-`, transport-helper addresses (`ext::…`, `fd::…`, any
 * `<transport>::`, which can run commands), and whitespace or control characters.
 */
export function isCloneableUrl(url: string): boolean {
  if (url === '' || url.startsWith('-') || /[\s\p{Cc}]/u.test(url)) return false;
  if (/^[A-Za-z0-9+.-]+::/.test(url)) return false;
  return isSchemeUrl(url) || scpLike.test(url) || path.isAbsolute(url);
}

async function exists(folder: string): Promise<boolean> {
  return fs.lstat(folder).then(
    () => true,
    () => false,
  );
}

/**
 * Clones `url` into `folder` (its parent must exist; the folder itself must not, or be
 * empty). On failure or abort, a folder the clone created is removed again; one that existed
 * before is never removed. Throws `invalid-argument` for an address `isCloneableUrl` refuses.
 */
export async function gitClone(
  url: string,
  folder: string,
  options: { onProgress?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<void> {
  if (!isCloneableUrl(url)) {
    throw new LanyardError('invalid-argument', 'This is not a repository address Lanyard can clone from.');
  }
  const target = path.resolve(folder);
  const parent = path.dirname(target);
  const existedBefore = await exists(target);
  const network = await networkEnvironment(parent);
  try {
    await runGit([...network.args, 'clone', '--progress', '--', url, target], parent, {
      env: network.env,
      onProgress: options.onProgress,
      signal: options.signal,
    });
  } catch (error) {
    // Retries cover files a helper git started is still closing on Windows.
    if (!existedBefore) await fs.rm(target, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
}
