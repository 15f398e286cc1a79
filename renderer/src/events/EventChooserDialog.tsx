import { useId } from 'react';
import { eventLength } from '../../../src/events/event';
import type { EventAt } from '../../../src/events/event-day';
import { ModalDialog } from '../components/ModalDialog';
import { choiceText, runningFirst } from './event-choice-text';

/** An event that is over is caught up on from its last day; a running or coming one asks for today. */
function lastDayIfOver(choice: EventAt): number | null {
  return choice.day.kind === 'after' ? eventLength(choice.event) : null;
}

interface EventChooserDialogProps {
  /** What the choice is for, e.g. "New day post". */
  title: string;
  choices: EventAt[];
  /** Offer the days of events already over, to write a day post late (the last day's, the morning after). */
  catchUp: boolean;
  /** `day` null is today's; for an event that is over, one of its days. */
  onChoose: (eventId: string, day: number | null) => void;
  onCancel: () => void;
  onManageEvents: () => void;
}

/**
 * "Which event?": asked when a day post or a quick note could go to more than one event, or to
 * none running. Each event is a button with where today falls for it, the running ones first.
 */
export function EventChooserDialog({
  title,
  choices,
  catchUp,
  onChoose,
  onCancel,
  onManageEvents,
}: EventChooserDialogProps) {
  const titleId = useId();
  const hintId = useId();
  const ordered = runningFirst(choices);
  const empty = ordered.length === 0;

  return (
    <ModalDialog
      className="photo-dialog event-chooser-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={false}
      dismissible
      view={empty ? 'empty' : 'choices'}
      onDismiss={onCancel}
    >
      <div className="photo-dialog-form">
        <header className="photo-dialog-header">
          <h2 id={titleId}>{title}</h2>
          <p id={hintId}>{empty ? 'This site has no events yet.' : 'Which event is this for?'}</p>
        </header>
        <div className="publish-body">
          {empty ? (
            <p>
              <button type="button" className="button primary" data-autofocus onClick={onManageEvents}>
                Add an event…
              </button>
            </p>
          ) : (
            <ul className="event-choices">
              {ordered.map((choice, index) => (
                <li key={choice.event.id}>
                  <button
                    type="button"
                    className={choice.day.kind === 'day' ? 'event-choice running' : 'event-choice'}
                    data-autofocus={index === 0 ? true : undefined}
                    onClick={() => onChoose(choice.event.id, catchUp ? lastDayIfOver(choice) : null)}
                  >
                    <span className="event-choice-name">{choice.event.name}</span>{' '}
                    <span className="event-choice-when">{choiceText(choice)}</span>
                  </button>
                  {catchUp && choice.day.kind === 'after' && eventLength(choice.event) > 1 && (
                    <span className="event-choice-days" role="group" aria-label={`Days of ${choice.event.name}`}>
                      {Array.from({ length: eventLength(choice.event) }, (_, index) => index + 1).map((n) => (
                        <button
                          key={n}
                          type="button"
                          className="button small"
                          aria-label={`Day ${n} of ${choice.event.name}`}
                          onClick={() => onChoose(choice.event.id, n)}
                        >
                          Day {n}
                        </button>
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <footer className="photo-dialog-actions event-chooser-actions">
          <button type="button" className="event-manage-link" onClick={onManageEvents}>
            Manage events…
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
