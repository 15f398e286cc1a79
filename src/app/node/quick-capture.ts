import type { ChannelOutput } from '../../api/contract';
import { LanyardError } from '../../api/lanyard-error';
import { updateInsertion, updateStamp } from '../../events/live-update';
import { readPost, savePost } from '../../posts/node/post-file';
import type { HandlerContext } from './core-handlers';
import { dayPostFor } from './day-post-writer';
import { hostNow } from './host-adapters';
import type { OpenSite } from './open-site';
import { writingSettingsOf } from './writing-settings';

type CaptureOutcome = ChannelOutput<'events.capture'>;

/** Saving loses to a write that lands between reading the post and saving it; try again a few times. */
const attempts = 3;

/** The note as one line: a quick note is a line of the post, however it was typed. */
function oneLine(note: string): string {
  return note.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/**
 * Adds `**Update 14:05** — note` (the event's time) to today's post of the event, where the
 * writer's updates go, writing the day post first when there is none yet.
 */
export async function captureNote(
  context: HandlerContext,
  site: OpenSite,
  eventId: string | null,
  note: string,
): Promise<CaptureOutcome> {
  const now = hostNow(context.host);
  const found = await dayPostFor(context, site, eventId, now);
  if (found.kind === 'choose' || found.kind === 'not-running') return found;
  const { post, event, n } = found;
  const stamp = updateStamp(now.getTime(), event.timezone);
  const line = `${stamp.text}${oneLine(note)}`;
  const { updatePlacement } = writingSettingsOf(context.host);
  await site.assertPostId(post.id);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const { text, version } = await readPost(site.root, post.id);
    const { change } = updateInsertion(text, { time: stamp.time, text: line }, updatePlacement);
    const next = text.slice(0, change.from) + change.insert + text.slice(change.to);
    const outcome = await savePost(site.root, { id: post.id, text: next, baseVersion: version });
    if (outcome.status === 'conflict') continue;
    await site.refreshAfterWrite(post.id);
    context.host.emit('post.changedOnDisk', { id: post.id, version: outcome.version });
    context.host.emit('posts.changed', { ids: [post.id] });
    return { kind: 'captured', post: site.index.get(post.id) ?? post, event, n, line };
  }
  throw new LanyardError('refused', `${post.id} kept changing on disk, so the note was not added. Try again.`);
}
