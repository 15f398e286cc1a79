import { useCallback, useEffect, useId, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteEvent } from '../../../src/events/event';
import { ModalDialog } from '../components/ModalDialog';
import { messageOf } from '../lanyard-api';
import { EventForm } from './EventForm';
import { eventDatesText, eventsInOrder, runningDayText, seriesLinksText, type EventFormInput } from './event-form';

interface EventsDialogProps {
  api: LanyardApi;
  /** Failures the dialog has no place for: reading the events again after a change. */
  report: (error: unknown) => void;
  /**
   * Awaited before anything that rewrites day posts on disk (updating series links), so edits
   * still only in the editor are saved first instead of overwritten or in conflict.
   */
  beforeChanges?: () => Promise<unknown>;
  onClose: () => void;
}

interface EventsList {
  events: SiteEvent[];
  problems: string[];
  templates: string[];
  /** When the list was read; "today" is taken then, so a render never reads the clock. */
  readAt: number;
}

/** What the dialog shows: the list, a remove waiting to be confirmed, or the form for one event. */
type Mode = { kind: 'list' } | { kind: 'confirm'; id: string } | { kind: 'form'; event: SiteEvent | null };

/** What the last action did, shown above the list until the next one. */
interface Outcome {
  message: string;
  warnings: string[];
}

/** One of an event row's actions, named with the event so a screen reader's list of buttons says which. */
function RowButton(props: { label: string; name: string; busy: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className="button small"
      disabled={props.busy}
      aria-label={props.name}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

interface EventRowProps {
  event: SiteEvent;
  now: number;
  confirming: boolean;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onConfirmRemove: () => void;
  onKeep: () => void;
  onSyncSeries: () => void;
}

function EventRow({
  event,
  now,
  confirming,
  busy,
  onEdit,
  onRemove,
  onConfirmRemove,
  onKeep,
  onSyncSeries,
}: EventRowProps) {
  const running = runningDayText(event, now);
  return (
    <li className="event-row">
      <div className="event-row-text">
        <span className="event-row-name">{event.name}</span>
        <span className="event-row-dates">{eventDatesText(event)}</span>
        {running && <span className="event-row-running">{running}</span>}
      </div>
      {confirming ? (
        <div className="event-row-confirm" role="group" aria-label={`Remove ${event.name}?`}>
          <span>Remove {event.name}? Its day posts stay as they are.</span>
          <button type="button" className="button small danger" disabled={busy} onClick={onConfirmRemove}>
            Remove
          </button>
          <button type="button" className="button small" disabled={busy} onClick={onKeep} data-autofocus>
            Keep
          </button>
        </div>
      ) : (
        <div className="event-row-actions">
          <RowButton label="Edit" name={`Edit ${event.name}`} busy={busy} onClick={onEdit} />
          {event.seriesLinks && (
            <RowButton
              label="Update series links"
              name={`Update series links of ${event.name}`}
              busy={busy}
              onClick={onSyncSeries}
            />
          )}
          <RowButton label="Remove" name={`Remove ${event.name}`} busy={busy} onClick={onRemove} />
        </div>
      )}
    </li>
  );
}

/**
 * "Events": the events the site blogs about, as `.lanyard/events.yml` keeps them, with a form to
 * add or change one, an inline confirmation to remove one, and the series links of day posts
 * brought in step on request.
 */
export function EventsDialog({ api, report, beforeChanges, onClose }: EventsDialogProps) {
  const [list, setList] = useState<EventsList | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    api.events.list().then(
      (loaded) => live && setList({ ...loaded, readAt: Date.now() }),
      (failure: unknown) => live && setError(messageOf(failure)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  // After a change that did happen: a failure to show it is not the writer's to fix here.
  const reload = useCallback(
    () => api.events.list().then((loaded) => setList({ ...loaded, readAt: Date.now() }), report),
    [api, report],
  );

  /** Runs one action at a time, showing what it did or why it failed. */
  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const save = async (editing: SiteEvent | null, input: EventFormInput) => {
    setBusy(true);
    try {
      // A failure is the form's to show: it stays open with what the writer typed.
      const saved = await api.events.save({ event: input, replacing: editing?.id ?? null });
      setOutcome({ message: `Saved ${saved.event.name}.`, warnings: saved.warnings });
      setMode({ kind: 'list' });
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const openForm = (event: SiteEvent | null) => {
    setOutcome(null);
    setError(null);
    setMode({ kind: 'form', event });
  };

  const remove = (event: SiteEvent) =>
    run(async () => {
      await api.events.remove({ id: event.id });
      setMode({ kind: 'list' });
      await reload();
      return { message: `Removed ${event.name}.`, warnings: [] };
    });

  const syncSeries = (event: SiteEvent) =>
    run(async () => {
      await beforeChanges?.();
      const { changed } = await api.events.syncSeries({ id: event.id });
      return { message: seriesLinksText(event, changed), warnings: [] };
    });

  const view = list === null ? 'loading' : mode.kind === 'confirm' ? `confirm-${mode.id}` : mode.kind;
  const events = list ? eventsInOrder(list.events) : [];
  return (
    <ModalDialog
      className="photo-dialog events-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={busy || list === null}
      dismissible={!busy}
      view={view}
      onDismiss={onClose}
    >
      <div className="photo-dialog-form">
        <header className="photo-dialog-header">
          <h2 id={titleId}>Events</h2>
          <p id={hintId}>
            The conferences and trips you blog about, kept in .lanyard/events.yml. Day posts count their days in the
            event’s time zone.
          </p>
        </header>
        {mode.kind === 'form' ? (
          <EventForm
            key={mode.event?.id ?? 'new'}
            event={mode.event}
            templates={list?.templates ?? []}
            onSave={(input) => save(mode.event, input)}
            onCancel={() => setMode({ kind: 'list' })}
          />
        ) : (
          <>
            <div className="publish-body">
              {list === null && !error && <p className="publish-loading">Loading events…</p>}
              {list && list.problems.length > 0 && (
                <div className="site-settings-problem">
                  <p>Some of .lanyard/events.yml could not be read:</p>
                  <ul>
                    {list.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              )}
              <div role="status" className="events-outcome">
                {outcome && <p className="publish-note">{outcome.message}</p>}
                {outcome && outcome.warnings.length > 0 && (
                  <ul className="site-settings-problem">
                    {outcome.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                )}
              </div>
              {error && (
                <p className="publish-error" role="alert">
                  {error}
                </p>
              )}
              {list && events.length === 0 && (
                <p className="events-empty">No events yet. Add the next conference or trip you will write about.</p>
              )}
              {events.length > 0 && (
                <ul className="event-rows" aria-label="Events">
                  {events.map((event) => (
                    <EventRow
                      key={event.id}
                      event={event}
                      now={list?.readAt ?? 0}
                      busy={busy}
                      confirming={mode.kind === 'confirm' && mode.id === event.id}
                      onEdit={() => openForm(event)}
                      onRemove={() => setMode({ kind: 'confirm', id: event.id })}
                      onConfirmRemove={() => void remove(event)}
                      onKeep={() => setMode({ kind: 'list' })}
                      onSyncSeries={() => void syncSeries(event)}
                    />
                  ))}
                </ul>
              )}
            </div>
            {/* No controls while loading, so focus can go to the first one once the list is there. */}
            {(list !== null || error !== null) && (
              <footer className="photo-dialog-actions">
                <button type="button" className="button" disabled={busy} onClick={onClose}>
                  Close
                </button>
                {list && (
                  <button type="button" className="button primary" disabled={busy} onClick={() => openForm(null)}>
                    New event
                  </button>
                )}
              </footer>
            )}
          </>
        )}
      </div>
    </ModalDialog>
  );
}
