import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
import { generatorDate } from '../../frontmatter/generator-date';
import { readFrontMatterSummary } from '../../frontmatter/read-summary';
import { redactUrl } from '../../git/node/redact-url';
import { listRemotes, type GitRemote } from '../../git/node/remote';
import { linkedImagePaths } from '../../images/node/check-images';
import { publishStateOf } from '../../posts/node/publish-state';
import { readHugoBuildSettings } from '../../site/node/hugo-config';
import { jekyllConfigNames } from '../../site/node/jekyll-config';
import { resolveInsideSite } from '../../site/node/safe-path';
import { firstFile } from '../../site/node/site-scan';
import type { SiteProfile } from '../../site/site-profile';
import { groupChanges } from '../change-groups';
import { updateCommitMessage } from '../../events/live-update';
import { commitMessage, siteDay, type CommitTemplates } from '../commit-message';
import { publishDraft, type PostMove } from '../draft-transition';
import type { FutureDate, PublishStatus, QueuedPublish } from '../publish-types';
import { siteChanges } from './commit-post';
import { checkRepository } from './repository-check';

const noChanges = { thisPost: [], images: [], other: [] };

/** Where a push to the remote named `name` goes; empty for a remote `git remote` does not list. */
function pushUrlOf(name: string, remotes: GitRemote[]): string {
  return remotes.find((remote) => remote.name === name)?.pushUrl ?? '';
}

const hugoSettingSyntax: Record<string, string> = { '.toml': 'buildFuture = true', '.json': '"buildFuture": true' };

// Each answers the setting that would build future posts, written as its config file needs it, or null when set.
async function missingHugoSetting(root: string): Promise<string | null> {
  const { configName, buildFuture } = await readHugoBuildSettings(root);
  if (buildFuture) return null;
  if (configName === null) return 'buildFuture = true in hugo.toml';
  return `${hugoSettingSyntax[path.extname(configName)] ?? 'buildFuture: true'} in ${configName}`;
}

async function missingJekyllSetting(root: string): Promise<string | null> {
  const file = await firstFile(root, jekyllConfigNames);
  let config: unknown = null;
  try {
    // Jekyll's YAML is 1.1, where `yes` and `on` are true too.
    if (file !== undefined) config = parseYaml(await fs.readFile(file, 'utf8'), { version: '1.1' });
  } catch {
    // A config Jekyll cannot read builds nothing; the warning about the date still holds.
  }
  const future = typeof config === 'object' && config !== null && (config as Record<string, unknown>).future === true;
  return future ? null : `future: true in ${file === undefined ? '_config.yml' : path.basename(file)}`;
}

// `post` is the post as Publish will write it, so a Jekyll draft that Publish dates today never warns.
async function futureDateOf(profile: SiteProfile, post: PostMove, now: Date): Promise<FutureDate | null> {
  const dated = generatorDate(profile.kind, post.text, path.posix.basename(post.id), profile.timezone);
  if (dated === null || dated.at <= now.getTime()) return null;
  const setting =
    profile.kind === 'hugo' ? await missingHugoSetting(profile.root) : await missingJekyllSetting(profile.root);
  return setting === null ? null : { date: dated.text, aheadMs: dated.at - now.getTime(), setting };
}

/**
 * What Publish would do for the post `id` (validated by the caller), read from git and the disk;
 * with an `updateTime`, as a live update published at that time.
 */
export async function publishStatusOf(
  profile: SiteProfile,
  id: string,
  templates: CommitTemplates,
  queued: QueuedPublish | null,
  now: Date,
  updateTime: string | null = null,
): Promise<PublishStatus> {
  const text = await fs.readFile(await resolveInsideSite(profile.root, id), 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new LanyardError('not-found', `There is no post at ${id}; it may have been moved or deleted.`);
  });
  const { kind, draftFolders, newPostFolder, timezone } = profile;
  const site = { kind, draftFolders, postsFolder: newPostFolder, timezone };
  // A draft whose front matter cannot be edited is refused by Publish itself, with the reason.
  const move = (() => {
    try {
      return publishDraft({ id, text }, site, now);
    } catch {
      return null;
    }
  })();
  const isDraft = move !== null;
  const [check, remotes, postState, futureDate] = await Promise.all([
    checkRepository(profile.root),
    // The URL to show, `insteadOf` rewrites applied; outside a repository there is none.
    listRemotes(profile.root).catch(() => []),
    publishStateOf(profile.root, id, isDraft),
    futureDateOf(profile, move ?? { id, text }, now),
  ]);
  const title = readFrontMatterSummary(text, path.posix.basename(id)).title;
  const template = postState === 'published' ? templates.update : templates.publish;
  const about = { title, date: siteDay(now, profile.timezone), file: path.posix.basename(id) };
  const message =
    updateTime === null ? commitMessage(template, about) : updateCommitMessage(about, updateTime, templates.update);
  const common = { postState, isDraft, commitMessage: message, queued, futureDate };
  if (!check.ok) {
    return {
      ...common,
      problem: check.problem,
      branch: null,
      remote: null,
      upstream: null,
      ahead: 0,
      behind: 0,
      changes: noChanges,
    };
  }
  const { facts } = check;
  const images = linkedImagePaths(profile, id, text).map((image) => `${facts.prefix}${image}`);
  return {
    ...common,
    problem: null,
    branch: facts.branch,
    remote: { name: facts.remote.name, url: redactUrl(pushUrlOf(facts.remote.name, remotes)) },
    upstream: facts.status.upstream,
    ahead: facts.status.ahead,
    behind: facts.status.behind,
    changes: groupChanges(siteChanges(facts.prefix, facts.status.entries), [`${facts.prefix}${id}`], images),
  };
}
