import { z } from 'zod';
import type { SiteSchema } from '../../frontmatter/field-schema';
import type { PostDocument, PostSummary, PublishState, SaveOutcome, SessionState } from '../../posts/post-types';
import type { RecoveredPost } from '../../posts/recovered-post';
import { maxPostGoals, maxPostWordGoal } from '../../posts/post-word-goal';
import { channel, postId, noArgument, MAX_POST_CHARS } from '../channel';

const title = z.string().trim().min(1, 'a title is required').max(300, 'the title is too long');
/** Every post's word goal in the open site, by post id; a post without one is not listed. */
const postWordGoals = z
  .record(
    postId,
    z
      .number()
      .int('a goal is a whole number of words')
      .min(1, 'a goal is at least one word')
      .max(maxPostWordGoal, 'that goal is more words than a post holds'),
  )
  .refine((goals) => Object.keys(goals).length <= maxPostGoals, `at most ${maxPostGoals} posts can have a goal`);

/** Posts: listing, reading, saving, creating, renaming, recovery copies; front matter fields; the session. */
export const postChannels = {
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
  /** Hot exit: keeps a copy of a post's unsaved text in the user-data folder until it is saved or let go. */
  'posts.recoverKeep': channel<void>()(
    z.strictObject({
      id: postId,
      text: z.string().max(MAX_POST_CHARS, 'the post is too large to keep'),
      baseVersion: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'not a post version')
        .nullable(),
    }),
  ),
  /** Removes a post's recovery copy: its edits were discarded (a save removes it by itself). */
  'posts.recoverDrop': channel<void>()(z.strictObject({ id: postId })),
  /** The recovery copies left by a crash for the open site, each compared with its file on disk. */
  'posts.recoverList': channel<RecoveredPost[]>()(noArgument),
  /** The front matter fields the site's posts use, its CMS describes and its generator expects. */
  'frontmatter.schema': channel<SiteSchema>()(noArgument),
  'session.get': channel<SessionState>()(noArgument),
  'session.update': channel<SessionState>()(
    z.strictObject({
      lastPostId: postId.nullable().optional(),
      previewVisible: z.boolean().optional(),
      paneWidths: z
        .strictObject({ list: z.number().int().min(120).max(2000), preview: z.number().int().min(120).max(4000) })
        .optional(),
      postWordGoals: postWordGoals.optional(),
    }),
  ),
} as const;
