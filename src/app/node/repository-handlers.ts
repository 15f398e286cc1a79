import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { gitAdd } from '../../git/node/add';
import { GitError } from '../../git/node/git-error';
import { switchBranch } from '../../git/node/checkout';
import { gitClone, isCloneableUrl } from '../../git/node/clone';
import { gitCommit } from '../../git/node/commit';
import { localBranches } from '../../git/node/for-each-ref';
import { gitInit } from '../../git/node/init';
import { abortMerge } from '../../git/node/merge';
import { abortRebase, operationInProgress } from '../../git/node/rebase';
import { addRemote, listRemotes } from '../../git/node/remote';
import { isInsideWorkTree, resolveCommit } from '../../git/node/rev-parse';
import { redactUrl } from '../../git/node/redact-url';
import { abortSequence } from '../../git/node/sequencer';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { gitStatus } from '../../git/node/status';
import { keepCommit } from '../../git/node/update-ref';
import { keepEditsAcrossAbort } from '../../publish/node/keep-edits-across-abort';
import type { SiteKind } from '../../site/site-info';
import type { SiteProfile } from '../../site/site-profile';
import type { HandlerContext } from './core-handlers';
import type { OpenSite } from './open-site';
import type { PublishService } from './publish-service';

type RepositoryChannel =
  | 'publish.initRepository'
  | 'publish.addRemote'
  | 'publish.checkoutBranch'
  | 'publish.abortOperation'
  | 'site.cloneFromUrl';

/** What a new repository leaves out: each generator's build output and caches. */
const ignoredByKind: Record<SiteKind, string[]> = {
  jekyll: ['_site/', '.jekyll-cache/', '.jekyll-metadata', '.sass-cache/'],
  hugo: ['public/', 'resources/_gen/', '.hugo_build.lock'],
  astro: ['dist/', '.astro/'],
  eleventy: ['_site/', '.cache/'],
  plain: [],
};
/** Generators that run on Node, so their sites always have packages installed. */
const nodeKinds: ReadonlySet<SiteKind> = new Set(['astro', 'eleventy']);

/** The `.gitignore` lines for a new repository around the site. */
async function ignoredPaths(profile: SiteProfile): Promise<string[]> {
  // Other sites install packages only for their asset tooling, which a package.json or node_modules shows.
  const usesNode =
    nodeKinds.has(profile.kind) ||
    (await fs.stat(path.join(profile.root, 'package.json')).catch(() => null)) !== null ||
    (await fs.stat(path.join(profile.root, 'node_modules')).catch(() => null)) !== null;
  return [...ignoredByKind[profile.kind], ...(usesNode ? ['node_modules/'] : []), '.DS_Store'];
}

function notCloneable(url: string): LanyardError {
  return new LanyardError(
    'invalid-argument',
    `“${redactUrl(url).slice(0, 200)}” is not a git URL Lanyard can use. Paste an https:// or SSH (git@host:owner/blog.git) address.`,
  );
}

/** True when `url` carries a password or token (`https://user:token@host/…`). */
function carriesSecret(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return false;
  }
}

/** Lanyard never keeps credentials, and a URL given to git ends up in `.git/config`. */
function refuseSecret(url: string): void {
  if (!carriesSecret(url)) return;
  throw new LanyardError(
    'invalid-argument',
    'This URL holds a password or token, and git would keep it in the repository’s settings. Paste the URL without it; git asks your credential helper or uses your SSH key when it connects.',
  );
}

/** A clone that failed or was cancelled, in the writer's terms; the folder it made is already gone. */
function cloneFailure(error: unknown): unknown {
  if (error instanceof Error && error.name === 'AbortError') {
    return new LanyardError('refused', 'The clone was cancelled; nothing was kept.');
  }
  if (error instanceof GitError) return new LanyardError('refused', `The blog could not be cloned. ${error.message}`);
  return error;
}

/** The folder name a clone gets: the repository's name from its URL, like `git clone` picks. */
export function cloneFolderName(url: string): string {
  const last =
    url
      .replace(/[/\\]+$/, '')
      .split(/[/:\\]/)
      .at(-1) ?? '';
  const name = last
    .replace(/\.git$/i, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '');
  return name === '' ? 'blog' : name.slice(0, 100);
}

async function isEmptyOrMissing(folder: string): Promise<boolean> {
  return fs.readdir(folder).then(
    (entries) => entries.length === 0,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
}

/** Setting up the repository around a site, and cloning a blog from a URL. */
export function createRepositoryHandlers(
  context: HandlerContext,
  requireSite: (context: HandlerContext) => OpenSite,
  service: PublishService,
): Pick<Handlers, RepositoryChannel> {
  const inSite = <T>(work: (site: OpenSite) => Promise<T>): Promise<T> => {
    const site = requireSite(context);
    return service.exclusive(site.root, `setup-${Date.now()}-${Math.random()}`, () => work(site));
  };

  return {
    'publish.initRepository': () =>
      inSite(async (site) => {
        const inRepository = await isInsideWorkTree(site.root);
        if (inRepository && (await resolveCommit(site.root, 'HEAD')) !== null) {
          throw new LanyardError('refused', 'This folder is already in a git repository with commits.');
        }
        const ignoreFile = path.join(site.root, '.gitignore');
        if (!(await fs.stat(ignoreFile).catch(() => null))) {
          await writeFileAtomic(ignoreFile, `${(await ignoredPaths(site.profile)).join('\n')}\n`);
        }
        if (!inRepository) await gitInit(site.root);
        await gitAdd(site.root, 'all');
        await gitCommit(site.root, `Start ${site.profile.name} with Lanyard`);
      }),

    'publish.addRemote': ({ url }) =>
      inSite(async (site) => {
        if (!isCloneableUrl(url)) throw notCloneable(url);
        refuseSecret(url);
        const remotes = await listRemotes(site.root);
        if (remotes.some((remote) => remote.name === 'origin')) {
          throw new LanyardError('already-exists', 'This repository already has a remote named origin.');
        }
        await addRemote(site.root, 'origin', url);
      }),

    'publish.checkoutBranch': ({ branch }) =>
      inSite(async (site) => {
        if (!(await localBranches(site.root)).includes(branch)) {
          throw new LanyardError('not-found', `There is no local branch named ${branch}.`);
        }
        // Commits made on a detached HEAD belong to no branch: a ref keeps them once HEAD leaves.
        const status = await gitStatus(site.root);
        if (status.branch === null && status.head !== null) {
          await keepCommit(site.root, `detached-${status.head.slice(0, 12)}`, status.head);
        }
        await switchBranch(site.root, branch);
      }),

    'publish.abortOperation': () =>
      inSite(async (site) => {
        const operation = await operationInProgress(site.root);
        if (operation === null) return;
        await keepEditsAcrossAbort(site.root, async () => {
          if (operation === 'rebase') await abortRebase(site.root);
          else if (operation === 'merge') await abortMerge(site.root);
          else await abortSequence(site.root, operation);
        });
      }),

    'site.cloneFromUrl': async ({ url, run }) => {
      if (!isCloneableUrl(url)) throw notCloneable(url);
      refuseSecret(url);
      const parent = await context.host.dialogs.chooseFolder();
      if (parent === null) return null;
      const folder = path.join(parent, cloneFolderName(url));
      if (!(await isEmptyOrMissing(folder))) {
        throw new LanyardError('already-exists', `${folder} already exists and is not empty. Choose another folder.`);
      }
      await service
        .exclusive(folder, run, (signal, progress) => {
          progress('clone', null);
          return gitClone(url, folder, { signal, onProgress: (line) => progress('clone', line) });
        })
        .catch((error: unknown) => {
          throw cloneFailure(error);
        });
      return context.openSite(folder);
    },
  };
}
