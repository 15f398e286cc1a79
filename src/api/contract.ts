import { z } from 'zod';
import { maxEventDays, type SiteEvent } from '../events/event';
import type { EventAt } from '../events/event-day';
import type { SiteSchema } from '../frontmatter/field-schema';
import type { ChosenImage, ImageCheck, ImportedImage, SiteImageSettings } from '../images/image-settings';
import type { SiteImage } from '../images/site-image';
import type { PostDocument, PostSummary, PublishState, SaveOutcome, SessionState } from '../posts/post-types';
import type { GitCommandRecord } from '../git/git-command-record';
import type { CommitTemplates } from '../publish/commit-message';
import type { PublishOutcome, PublishProgress, PublishStatus, QueuedPublish } from '../publish/publish-types';
import type { SiteInfo } from '../site/site-info';
import { maxDailyWordGoal, type WritingSettings } from '../events/writing-settings';
import { eventId, eventInput } from './event-schemas';
import { siteFolderProblem, urlPatternProblem, type SiteSettingsView } from '../site/site-settings';

/** Largest photo the API accepts, in bytes. */
export const MAX_IMAGE_BYTES = 200 * 1024 * 1024;

/** Largest post the API accepts, in UTF-16 code units (about 20 MB of text). */
export const MAX_POST_CHARS = 20_000_000;

const title = z.string().trim().min(1, 'a title is required').max(300, 'the title is too long');
const postId = z.string().min(1, 'a post id is required').max(1024, 'a post id is at most 1024 characters');
const noArgument = z.undefined({ error: 'this call takes no argument' });
/** A setting checked by one of the site settings' own rules, which answer a message or null. */
const siteSetting = (problemOf: (value: string) => string | null) =>
  z
    .string()
    .max(2048)
    .nullable()
    .superRefine((value, context) => {
      const problem = value === null ? null : problemOf(value);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    });
const runId = z.string().min(1).max(100);
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

interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the result type only. */
  readonly output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

/**
 * Every call from the renderer to the main process: its name, the runtime schema of its one
 * argument, and its result type. IPC handlers, the preload API and the test bridge all derive
 * from this table.
 */
export const channels = {
  'site.current': channel<SiteInfo | null>()(noArgument),
  'site.chooseFolder': channel<SiteInfo | null>()(noArgument),
  /** Where Lanyard puts posts and photos in the open site, and a plain folder's own settings. */
  'site.settings': channel<SiteSettingsView>()(noArgument),
  /** Saves a plain folder's settings in `.lanyard/site.yml` and opens the site again with them. */
  'site.updateSettings': channel<SiteInfo>()(
    z.strictObject({
      postsFolder: siteSetting(siteFolderProblem),
      imagesFolder: siteSetting(siteFolderProblem),
      urlPattern: siteSetting(urlPatternProblem),
    }),
  ),
  'posts.list': channel<PostSummary[]>()(noArgument),
  'posts.read': channel<PostDocument>()(z.strictObject({ id: postId })),
  'posts.save': channel<SaveOutcome>()(
    z.strictObject({
      id: postId,
      text: z.string().max(MAX_POST_CHARS, 'the post is too large to save'),
      /** The disk version this text replaces; null when no file is expected. */
      baseVersion: z.string().max(200).nullable(),
    }),
  ),
  'posts.create': channel<PostSummary>()(z.strictObject({ title })),
  /** Renames a never-published post's file to the slug of `title`, keeping its date prefix. */
  'posts.rename': channel<PostSummary>()(z.strictObject({ id: postId, title })),
  'posts.publishState': channel<PublishState>()(z.strictObject({ id: postId })),
  'posts.saveElsewhere': channel<{ path: string } | null>()(
    z.strictObject({
      text: z.string().max(MAX_POST_CHARS, 'the post is too large to save'),
      suggestedName: z.string().min(1).max(255),
    }),
  ),
  /** The front matter fields the site's posts use, its CMS describes and its generator expects. */
  'frontmatter.schema': channel<SiteSchema>()(noArgument),
  'images.list': channel<SiteImage[]>()(noArgument),
  /** Opens the native file dialog for photos; answers tokens, never paths. */
  'images.choose': channel<ChosenImage[]>()(noArgument),
  /**
   * Imports one photo for a post: oriented, resized, stripped of metadata, written where the
   * site keeps images (or the same photo found again). `batch` names a cancellable batch.
   */
  'images.import': channel<ImportedImage>()(
    z.strictObject({
      postId,
      source: z.union([
        z.strictObject({
          name: z.string().min(1).max(255),
          data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= MAX_IMAGE_BYTES, 'the photo is too large'),
        }),
        z.strictObject({ token: z.string().min(1).max(100) }),
      ]),
      batch: z.string().min(1).max(100),
    }),
  ),
  /** Stops a batch: the photo being processed is not written; finished ones stay. */
  'images.cancel': channel<void>()(z.strictObject({ batch: z.string().min(1).max(100) })),
  'images.check': channel<ImageCheck>()(z.strictObject({ id: postId })),
  /** Deletes a photo Lanyard imported for this post and the post no longer links. */
  'images.removeUnused': channel<void>()(z.strictObject({ id: postId, path: z.string().min(1).max(1024) })),
  /** This site's photo settings, with its usual photo folder and whether its generator drops raw HTML. */
  'images.settings': channel<SiteImageSettings>()(noArgument),
  'images.updateSettings': channel<SiteImageSettings>()(
    z.strictObject({
      maxEdge: z.number().int().min(200).max(12000).optional(),
      format: z.enum(['auto', 'jpeg', 'webp', 'avif']).optional(),
      quality: z.number().int().min(1).max(100).optional(),
      keepAuthorship: z.boolean().optional(),
      keepLocation: z.boolean().optional(),
      folderPerPost: z.boolean().optional(),
      linkStyle: z.enum(['markdown', 'html', 'figure']).optional(),
      folder: z
        .string()
        .max(300)
        .regex(
          /^[^/.\\][^/\\]*(?:\/[^/.\\][^/\\]*)*\/?$/,
          'the folder must be a path inside the site, like assets/photos, with no hidden (dot) folders',
        )
        .nullable()
        .optional(),
    }),
  ),
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
  /** Asks for a folder, clones `url` into it with progress, and opens it; null when the dialog is cancelled. */
  'site.cloneFromUrl': channel<SiteInfo | null>()(
    z.strictObject({ url: z.string().trim().min(1, 'a URL is required').max(2048, 'the URL is too long'), run: runId }),
  ),
  /** The site's events, what was wrong with its events file, and the names of the day-post templates. */
  'events.list': channel<{ events: SiteEvent[]; problems: string[]; templates: string[] }>()(noArgument),
  /**
   * Adds an event (`replacing` null; without an id it gets a free one from its name) or updates
   * the one with id `replacing`. Warns of events it overlaps and of a template there is not.
   */
  'events.save': channel<{ event: SiteEvent; warnings: string[] }>()(
    z.strictObject({ event: eventInput, replacing: eventId.nullable() }),
  ),
  'events.remove': channel<void>()(z.strictObject({ id: eventId })),
  /**
   * Today's post for the running event, or for `eventId` (on `day`, one of its days gone by): the
   * one already written for the day, else a new one from the event's templates. Asks which event
   * when none or several are running.
   */
  'events.newDayPost': channel<
    | { kind: 'created' | 'existing'; post: PostSummary; event: SiteEvent; n: number; warnings: string[] }
    | { kind: 'choose'; events: EventAt[] }
    | { kind: 'not-running'; message: string }
  >()(
    z.strictObject({
      eventId: eventId.nullable(),
      /** A day already past to catch up on (the last day's post, written the morning after); null for today. */
      day: z.number().int().min(1).max(maxEventDays).nullable().default(null),
    }),
  ),
  /**
   * Appends a timestamped line (`**Update 14:05** — text`, the event's local time) to today's
   * post for the running event, or for `eventId`, writing the post first when there is none.
   */
  'events.capture': channel<
    | { kind: 'captured'; post: PostSummary; event: SiteEvent; n: number; line: string }
    | { kind: 'choose'; events: EventAt[] }
    | { kind: 'not-running'; message: string }
  >()(
    z.strictObject({
      eventId: eventId.nullable(),
      text: z
        .string()
        .trim()
        .min(1, 'write the note to capture first')
        .max(4000, 'a quick note is at most 4,000 characters; write longer ones in the post'),
    }),
  ),
  /** Writes previous/next-day links into every day post of the event; answers the posts it changed and any it could not. */
  'events.syncSeries': channel<{ changed: string[]; problems: string[] }>()(z.strictObject({ id: eventId })),
  /** Where updates go and the daily word goal: the writer's, for every site. */
  'writing.settings': channel<WritingSettings>()(noArgument),
  'writing.updateSettings': channel<WritingSettings>()(
    z.strictObject({
      updatePlacement: z.enum(['top', 'bottom']).optional(),
      dailyWordGoal: z
        .number()
        .int('the goal is a whole number of words')
        .min(1, 'the goal is at least one word')
        .max(maxDailyWordGoal, 'that goal is more words than anyone writes in a day')
        .nullable()
        .optional(),
    }),
  ),
  /**
   * Records the open post's word count on the writer's local `day` (`YYYY-MM-DD`, where they
   * are); answers the words written that day in every post, each counted from its first count
   * of the day.
   */
  'writing.recordWords': channel<{ written: number }>()(
    z.strictObject({
      id: postId,
      words: z.number().int().min(0).max(10_000_000),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
  ),
  'session.get': channel<SessionState>()(noArgument),
  'session.update': channel<SessionState>()(
    z.strictObject({
      lastPostId: postId.nullable().optional(),
      previewVisible: z.boolean().optional(),
      paneWidths: z
        .strictObject({ list: z.number().int().min(120).max(2000), preview: z.number().int().min(120).max(4000) })
        .optional(),
    }),
  ),
  'shell.openExternal': channel<void>()(z.strictObject({ url: z.string().min(1).max(8192) })),
  /** The renderer has saved everything after `app.closing`; the window may close now. */
  'app.readyToClose': channel<void>()(noArgument),
} as const;

/**
 * Every message from the main process to the renderer, with its payload type. Payloads come
 * from trusted code, so they carry types only.
 */
export interface EventPayloads {
  /** Posts were added, removed or changed on disk: the list should be fetched again. */
  'posts.changed': { ids: string[] };
  /** An open post's file changed on disk and no longer matches `version`. */
  'post.changedOnDisk': { id: string; version: string | null };
  /** The site folder disappeared while open. */
  'site.vanished': { root: string };
  /** A different site was opened (menu, dialog, command line). */
  'site.opened': SiteInfo;
  /** The window is about to close, or another site is about to open: save, then call `app.readyToClose`. */
  'app.closing': Record<string, never>;
  /** A menu command for the renderer to carry out. */
  'menu.command': {
    command:
      | 'new-post'
      | 'save'
      | 'toggle-preview'
      | 'insert-image'
      | 'publish'
      | 'unpublish'
      | 'open-from-git'
      | 'site-settings'
      | 'new-day-post'
      | 'insert-update'
      | 'publish-update'
      | 'quick-capture'
      | 'events';
  };
  /** A step of a running publish or clone. */
  'publish.progress': PublishProgress;
  /** The queue of unpushed publishes changed (queued, retried, pushed). */
  'publish.queueChanged': { queued: QueuedPublish | null };
}

export type ChannelName = keyof typeof channels;
export type EventName = keyof EventPayloads;
export type ChannelInput<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
type OutputOf<T> = T extends Channel<z.ZodType, infer O> ? O : never;
export type ChannelOutput<C extends ChannelName> = OutputOf<(typeof channels)[C]>;

/** The handler table the main-process services provide, one function per channel. */
export type Handlers = {
  [C in ChannelName]: (arg: ChannelInput<C>) => Promise<ChannelOutput<C>>;
};

/** All channel names, in declaration order. */
export const channelNames = Object.keys(channels) as ChannelName[];

/** Listener for main-to-renderer events. */
export type EventListener = <E extends EventName>(name: E, payload: EventPayloads[E]) => void;
