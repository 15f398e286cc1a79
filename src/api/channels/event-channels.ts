import { z } from 'zod';
import { maxEventDays, type SiteEvent } from '../../events/event';
import type { EventAt } from '../../events/event-day';
import type { PostSummary } from '../../posts/post-types';
import { maxDailyWordGoal, type WritingSettings } from '../../events/writing-settings';
import { eventId, eventInput } from '../event-schemas';
import { channel, postId, noArgument } from '../channel';

/** Events and writing: events, day posts, quick capture, series links, word counts and goals. */
export const eventChannels = {
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
} as const;
