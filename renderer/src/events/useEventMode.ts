import { useCallback, useEffect, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { ChannelOutput } from '../../../src/api/contract';
import { pickEvent, type EventAt } from '../../../src/events/event-day';
import { updateInsertion, updateStamp } from '../../../src/events/live-update';
import type { PostSummary } from '../../../src/posts/post-types';
import type { DocumentManager } from '../documents/document-manager';
import { useWritingSettings } from './useWritingSettings';

type EventList = ChannelOutput<'events.list'>;

/** The event-mode dialog on screen, at most one. */
export type EventModeDialog =
  | { kind: 'events' }
  | { kind: 'writing' }
  | { kind: 'choose'; purpose: 'day-post' | 'capture'; choices: EventAt[] }
  | { kind: 'capture'; eventId: string; target: string };

interface EventModeOptions {
  api: LanyardApi;
  manager: DocumentManager;
  posts: PostSummary[] | null;
  report: (error: unknown) => void;
  refreshPosts: () => Promise<unknown>;
  /** Another dialog is open (publish, photos, site settings): commands wait for it to close. */
  blocked: boolean;
  /** The site's zone, for updates to a post of no event; null is the machine's. */
  siteZone: string | null;
}

/**
 * Event mode for the open site: its events, the writer's update and goal settings, and the
 * commands that write with them — New day post, Insert update, Quick note — with the dialog
 * each may need.
 */
export function useEventMode({ api, manager, posts, report, refreshPosts, blocked, siteZone }: EventModeOptions) {
  const [list, setList] = useState<EventList | null>(null);
  const [dialog, setDialog] = useState<EventModeDialog | null>(null);
  const writing = useWritingSettings(api, report);

  /** Reads the events again (the writer or a co-author may have changed the file); null when that failed. */
  const reloadEvents = useCallback(
    () =>
      api.events.list().then(
        (read) => {
          setList(read);
          return read;
        },
        (error: unknown) => {
          report(error);
          return null;
        },
      ),
    [api, report],
  );
  useEffect(() => void reloadEvents(), [reloadEvents]);
  const events = list?.events ?? [];

  const show = (next: EventModeDialog) => {
    if (!blocked && dialog === null) setDialog(next);
  };
  const close = useCallback(() => setDialog(null), []);

  /** Opens the event's post for today, or for `day` of an event that is over (written first when there is none), or asks which event. */
  const openDayPost = async (eventId: string | null, day: number | null = null) => {
    const current = await reloadEvents();
    if (current?.events.length === 0) return setDialog({ kind: 'choose', purpose: 'day-post', choices: [] });
    // Series links may rewrite other day posts: what the writer typed in them is on disk first.
    await manager.flushAll();
    try {
      const outcome = await api.events.newDayPost({ eventId, day });
      if (outcome.kind === 'choose') return setDialog({ kind: 'choose', purpose: 'day-post', choices: outcome.events });
      setDialog(null);
      if (outcome.kind === 'not-running') return report(new Error(outcome.message));
      // The list knows the post's event before an update is stamped in its zone.
      await refreshPosts();
      await manager.open(outcome.post.id);
      manager.focusEditor(outcome.kind === 'created');
      if (outcome.warnings.length > 0) report(new Error(outcome.warnings.join(' ')));
    } catch (error) {
      report(error);
    }
  };

  /** Shows the quick note box for the running event's day, asking first which event when it is not clear. */
  const startCapture = async () => {
    const current = await reloadEvents();
    if (current === null) return;
    const pick = pickEvent(current.events, Date.now());
    if (pick.kind === 'ask') return setDialog({ kind: 'choose', purpose: 'capture', choices: pick.choices });
    setDialog({ kind: 'capture', eventId: pick.event.id, target: `${pick.event.name} Day ${pick.day.n}` });
  };

  const choose = (purpose: 'day-post' | 'capture', eventId: string, day: number | null) => {
    if (purpose === 'day-post') return void openDayPost(eventId, day);
    const event = events.find((each) => each.id === eventId);
    if (event) setDialog({ kind: 'capture', eventId, target: event.name });
  };

  /** Adds the note to the day post; answers the reason it could not, or null. */
  const capture = async (eventId: string, text: string): Promise<string | null> => {
    await manager.flushAll();
    try {
      const outcome = await api.events.capture({ eventId, text });
      if (outcome.kind !== 'captured')
        return outcome.kind === 'not-running' ? outcome.message : 'Choose an event first.';
      manager.handleChangedOnDisk(outcome.post.id, null);
      void refreshPosts();
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  /** Stamps the event's local time where the writer's updates go, and puts the cursor after it. */
  const insertUpdate = () => {
    const { activeId, readOnly, siteGone } = manager.getSnapshot();
    if (activeId === null) return report(new Error('Open a post first, then insert an update.'));
    if (readOnly || siteGone) return;
    const eventId = posts?.find((post) => post.id === activeId)?.event ?? null;
    const zone = events.find((event) => event.id === eventId)?.timezone ?? siteZone;
    const stamp = updateStamp(Date.now(), zone);
    const placement = writing.settings?.updatePlacement ?? 'bottom';
    manager.applyToPost(activeId, (state) => {
      const { change, cursor } = updateInsertion(state.doc.toString(), stamp, placement);
      return { changes: change, selection: { anchor: cursor }, scrollIntoView: true, userEvent: 'input' };
    });
    manager.focusEditor();
  };

  return {
    events,
    problems: list?.problems ?? [],
    writing,
    dialog,
    close,
    choose,
    capture,
    reloadEvents,
    commands: {
      newDayPost: () => !blocked && dialog === null && void openDayPost(null),
      insertUpdate: () => !blocked && dialog === null && insertUpdate(),
      quickCapture: () => !blocked && dialog === null && void startCapture(),
      manageEvents: () => show({ kind: 'events' }),
      /** From another event-mode dialog, which it replaces. */
      switchToEvents: () => setDialog({ kind: 'events' }),
      writingSettings: () =>
        writing.settings === null
          ? report(
              new Error(
                'Lanyard could not read your writing settings, so they cannot be changed now. Restart Lanyard and try again.',
              ),
            )
          : show({ kind: 'writing' }),
    },
  };
}

/** Event mode's state and commands, as `useEventMode` gives them. */
export type EventMode = ReturnType<typeof useEventMode>;
