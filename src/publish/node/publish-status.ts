import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readFrontMatterSummary } from '../../frontmatter/read-summary';
import { redactUrl } from '../../git/node/redact-url';
import { linkedImagePaths } from '../../images/node/check-images';
import { publishStateOf } from '../../posts/node/publish-state';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { groupChanges } from '../change-groups';
import { commitMessage, siteDay, type CommitTemplates } from '../commit-message';
import { publishDraft } from '../draft-transition';
import type { PublishStatus, QueuedPublish } from '../publish-types';
import { siteChanges } from './commit-post';
import { checkRepository } from './repository-check';

const noChanges = { thisPost: [], images: [], other: [] };

/** What Publish would do for the post `id` (validated by the caller), read from git and the disk. */
export async function publishStatusOf(
  profile: SiteProfile,
  id: string,
  templates: CommitTemplates,
  queued: QueuedPublish | null,
  now: Date,
): Promise<PublishStatus> {
  const text = await fs.readFile(await resolveInsideSite(profile.root, id), 'utf8');
  const { kind, draftFolders, newPostFolder, timezone } = profile;
  const site = { kind, draftFolders, postsFolder: newPostFolder, timezone };
  // A draft whose front matter cannot be edited is refused by Publish itself, with the reason.
  const isDraft = (() => {
    try {
      return publishDraft({ id, text }, site, now) !== null;
    } catch {
      return false;
    }
  })();
  const [check, postState] = await Promise.all([
    checkRepository(profile.root),
    publishStateOf(profile.root, id, isDraft),
  ]);
  const title = readFrontMatterSummary(text, path.posix.basename(id)).title;
  const template = postState === 'published' ? templates.update : templates.publish;
  const message = commitMessage(template, {
    title,
    date: siteDay(now, profile.timezone),
    file: path.posix.basename(id),
  });
  const common = { postState, isDraft, commitMessage: message, queued };
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
    remote: { name: facts.remote.name, url: redactUrl(facts.remote.pushUrl) },
    upstream: facts.status.upstream,
    ahead: facts.status.ahead,
    behind: facts.status.behind,
    changes: groupChanges(siteChanges(facts.prefix, facts.status.entries), [`${facts.prefix}${id}`], images),
  };
}
