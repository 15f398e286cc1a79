import { z } from 'zod';
import type { GitCommandRecord } from '../../git/git-command-record';
import type { CommitTemplates } from '../../publish/commit-message';
import type { PublishOutcome, PublishStatus, QueuedPublish } from '../../publish/publish-types';
import { channel, postId, noArgument, runId } from '../channel';

/** Publish as a live update: the commit message ends with the time of the post's latest update stamp. */
const liveUpdate = z.boolean().default(false);
/** A repository-relative path git reported; checked against `git status` again before use. */
const repoPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.startsWith('-') && !value.includes('\0'), {
    message: 'not a repository path',
  });
const template = z
  .string()
  .trim()
  .min(1, 'a commit message template cannot be empty')
  .max(200, 'the template is too long')
  .refine((value) => !/[\r\n]/.test(value), 'a template is one line');

/** Publishing: status, run, cancel, the queue, the log, templates and repository repairs. */
export const publishChannels = {
  /** Branch, remote, ahead/behind and the changes grouped for this post. */
  'publish.status': channel<PublishStatus>()(z.strictObject({ id: postId, liveUpdate })),
  /**
   * Publishes the post: stages it, the images it links and the `include`d paths, commits,
   * rebases on the remote and pushes. Progress arrives as `publish.progress` events for `run`.
   */
  'publish.run': channel<PublishOutcome>()(
    z.strictObject({
      id: postId,
      run: runId,
      include: z.array(repoPath).max(500).default([]),
      /** After a conflict: publish again, keeping the writer's version of the conflicting lines. */
      keepMine: z.boolean().default(false),
      liveUpdate,
    }),
  ),
  /** Moves a published post back to drafts (or sets `draft: true`) and publishes that. */
  'publish.unpublish': channel<PublishOutcome>()(z.strictObject({ id: postId, run: runId })),
  /** Stops a running publish or clone; a commit already made stays, the repository is left clean. */
  'publish.cancel': channel<void>()(z.strictObject({ run: runId })),
  'publish.queue': channel<QueuedPublish | null>()(noArgument),
  /** Tries the queued push now (the network came back, or the writer asked); null when none is queued. */
  'publish.retry': channel<PublishOutcome | null>()(noArgument),
  /** The git commands Lanyard ran for this site, oldest first, credentials blanked out. */
  'publish.log': channel<GitCommandRecord[]>()(noArgument),
  'publish.templates': channel<CommitTemplates>()(noArgument),
  'publish.updateTemplates': channel<CommitTemplates>()(
    z.strictObject({ publish: template.optional(), update: template.optional(), unpublish: template.optional() }),
  ),
  /** Makes the site folder a git repository with a first commit of everything in it. */
  'publish.initRepository': channel<void>()(noArgument),
  'publish.addRemote': channel<void>()(
    z.strictObject({ url: z.string().trim().min(1, 'a URL is required').max(2048, 'the URL is too long') }),
  ),
  'publish.checkoutBranch': channel<void>()(
    z.strictObject({
      branch: z
        .string()
        .min(1)
        .max(255)
        .regex(/^[^-\s~^:?*[\\][^\s~^:?*[\\]*$/, 'not a branch name'),
    }),
  ),
  /** Aborts a rebase or merge someone left half done, restoring the files as they were. */
  'publish.abortOperation': channel<void>()(noArgument),
} as const;
