import { useId, useMemo, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { flushSync } from 'react-dom';
import { eventProblems, type SiteEvent } from '../../../src/events/event';
import { placeholderList, titlePlaceholders } from '../../../src/events/template-placeholders';
import { messageOf } from '../lanyard-api';
import { firstProblemField, problemField, revealedProblems, type EventField } from './event-field-problems';
import { draftOf, inputOf, templateChoices, withStart, type EventDraft, type EventFormInput } from './event-form';

interface EventFormProps {
  /** The event being edited; null for a new one. */
  event: SiteEvent | null;
  /** Names of the day-post body templates the site can use. */
  templates: readonly string[];
  /** Saves the event; when it throws, the form stays open and shows why. */
  onSave: (input: EventFormInput) => Promise<void>;
  onCancel: () => void;
}

type TextField = Exclude<EventField, 'start' | 'template'>;

/** What ties a field to its shown problems: its id, whether it is wrong, and the ids of its problems. */
interface FieldState {
  id: string;
  'aria-invalid': true | undefined;
  problemIds: string | undefined;
}

interface TextRowProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'onBlur'> {
  label: string;
  field: TextField;
  draft: EventDraft;
  hint?: string;
  state: (field: EventField) => FieldState;
  onDraft: (draft: EventDraft) => void;
  onLeave: (field: EventField) => void;
}

/** Built once: the list is long and never changes while the app runs. */
let knownTimeZones: string[] | null = null;
function timeZones(): string[] {
  knownTimeZones ??= Intl.supportedValuesOf('timeZone');
  return knownTimeZones;
}

function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const joinIds = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function TextRow({ label, field, draft, hint, state, onDraft, onLeave, ...input }: TextRowProps) {
  const hintId = useId();
  const { id, problemIds, ...invalid } = state(field);
  // The hint sits outside the label, so it describes the field instead of lengthening its name.
  return (
    <div className="event-field">
      <label htmlFor={id} className="event-field-label">
        {label}
      </label>
      <input
        id={id}
        className="small-control"
        spellCheck={false}
        {...input}
        {...invalid}
        value={draft[field]}
        aria-describedby={joinIds(hint && hintId, problemIds)}
        onBlur={() => onLeave(field)}
        onChange={(change) => onDraft({ ...draft, [field]: change.target.value })}
      />
      {hint && (
        <span id={hintId} className="event-field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/**
 * The fields of one event, checked by the rules the main process applies. What is wrong shows
 * once the writer leaves a field or tries to save; a Save with something wrong goes to the first
 * wrong field instead of saving.
 */
export function EventForm({ event, templates, onSave, onCancel }: EventFormProps) {
  const [draft, setDraft] = useState<EventDraft>(() => draftOf(event, machineTimeZone()));
  const [left, setLeft] = useState<ReadonlySet<EventField>>(() => new Set());
  const [saveTried, setSaveTried] = useState(false);
  // Taken when a field is left or Save is tried, never per keystroke: the list is a live region,
  // and a problem that changes with every letter typed would be read out with every letter.
  const [revealed, setRevealed] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  const headingId = useId();
  const zonesId = useId();
  const problemsId = useId();

  const problems = useMemo(() => eventProblems(inputOf(draft)), [draft]);
  // A problem fixed since goes at once.
  const shown = revealed.filter((problem) => problems.includes(problem));
  const choices = templateChoices(templates, draft.template);
  const fieldId = (field: EventField) => `${formId}-${field}`;

  const state = (field: EventField): FieldState => {
    const ids = shown.flatMap((problem, index) => (problemField(problem) === field ? [`${problemsId}-${index}`] : []));
    return { id: fieldId(field), 'aria-invalid': ids.length > 0 || undefined, problemIds: joinIds(...ids) };
  };

  const leave = (field: EventField) => {
    const nowLeft = new Set(left).add(field);
    setLeft(nowLeft);
    setRevealed(revealedProblems(problems, nowLeft, saveTried));
  };

  const edit = (next: EventDraft) => {
    setDraft(next);
    setError(null);
  };

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    if (saving) return;
    if (problems.length > 0) {
      // Rendered before focus moves, so the field is read out as wrong, with its problem.
      flushSync(() => {
        setSaveTried(true);
        setRevealed(revealedProblems(problems, left, true));
      });
      const first = firstProblemField(problems);
      if (first !== null) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(inputOf(draft));
    } catch (failure) {
      setError(messageOf(failure));
      setSaving(false);
    }
  };

  const row = { draft, state, onDraft: edit, onLeave: leave };
  const { problemIds: startProblems, ...start } = state('start');
  const { problemIds: templateProblems, ...template } = state('template');
  return (
    <form className="events-form" aria-labelledby={headingId} noValidate onSubmit={(sent) => void submit(sent)}>
      <div className="publish-body">
        <h3 id={headingId} className="events-form-heading">
          {event === null ? 'New event' : `Edit ${event.name}`}
        </h3>
        <fieldset className="event-fields" disabled={saving}>
          <TextRow {...row} label="Name" field="name" placeholder="DevConf 2026" data-autofocus />
          <label className="event-field">
            <span className="event-field-label">Start</span>
            <input
              className="small-control"
              type="date"
              {...start}
              aria-describedby={startProblems}
              value={draft.start}
              onBlur={() => leave('start')}
              onChange={(change) => edit(withStart(draft, change.target.value))}
            />
          </label>
          <TextRow {...row} label="End" field="end" type="date" min={draft.start || undefined} />
          <TextRow
            {...row}
            label="Time zone"
            field="timezone"
            list={zonesId}
            placeholder="Europe/Berlin"
            hint="Where the event happens: Day 1, Day 2… follow the calendar there."
          />
          <datalist id={zonesId}>
            {timeZones().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <TextRow {...row} label="Location" field="location" placeholder="Las Vegas" spellCheck />
          <TextRow {...row} label="Hashtag" field="hashtag" placeholder="#devconf26" />
          <TextRow {...row} label="Link" field="link" inputMode="url" placeholder="https://devconf.example.com" />
          <TextRow
            {...row}
            label="Tags"
            field="tags"
            placeholder="conference, devops"
            hint="Separated by commas; every day post gets them."
          />
          <TextRow
            {...row}
            label="Day title"
            field="titleTemplate"
            hint={`Can use ${placeholderList(titlePlaceholders)}.`}
          />
          <label className="event-field">
            <span className="event-field-label">Body template</span>
            <select
              className="small-control"
              {...template}
              aria-describedby={templateProblems}
              value={draft.template}
              onBlur={() => leave('template')}
              onChange={(change) => edit({ ...draft, template: change.target.value })}
            >
              {choices.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <TextRow
            {...row}
            label="Cover image"
            field="cover"
            placeholder="assets/images/devconf.jpg"
            hint="A path inside the site."
          />
          <TextRow {...row} label="Layout" field="layout" placeholder="the site’s own for posts" />
          <label className="event-check">
            <input
              type="checkbox"
              checked={draft.seriesLinks}
              onChange={(change) => edit({ ...draft, seriesLinks: change.target.checked })}
            />
            <span>Add previous/next-day links to day posts</span>
          </label>
        </fieldset>
        <div id={problemsId} aria-live="polite" className="events-form-problems">
          {shown.length > 0 && (
            <ul className="publish-error">
              {shown.map((problem, index) => (
                <li key={problem} id={`${problemsId}-${index}`}>
                  {problem}
                </li>
              ))}
            </ul>
          )}
          {error && <p className="publish-error">{error}</p>}
        </div>
      </div>
      <footer className="photo-dialog-actions">
        <button type="button" className="button" disabled={saving} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={saving}
          aria-describedby={shown.length > 0 ? problemsId : undefined}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </footer>
    </form>
  );
}
