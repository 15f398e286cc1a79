import { useId, useMemo, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { eventProblems, type SiteEvent } from '../../../src/events/event';
import { placeholderList, titlePlaceholders } from '../../../src/events/template-placeholders';
import { messageOf } from '../lanyard-api';
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

type TextField = Exclude<keyof EventDraft, 'seriesLinks' | 'start' | 'template'>;

interface TextRowProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  field: TextField;
  draft: EventDraft;
  hint?: string;
  onDraft: (draft: EventDraft) => void;
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

function TextRow({ label, field, draft, hint, onDraft, ...input }: TextRowProps) {
  const inputId = useId();
  const hintId = useId();
  // The hint sits outside the label, so it describes the field instead of lengthening its name.
  return (
    <div className="event-field">
      <label htmlFor={inputId} className="event-field-label">
        {label}
      </label>
      <input
        id={inputId}
        className="small-control"
        spellCheck={false}
        {...input}
        value={draft[field]}
        aria-describedby={hint ? hintId : undefined}
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
 * The fields of one event, checked as the writer types by the rules the main process applies:
 * Save stays off while anything is wrong, and what is wrong shows once the writer leaves a field.
 */
export function EventForm({ event, templates, onSave, onCancel }: EventFormProps) {
  const [draft, setDraft] = useState<EventDraft>(() => draftOf(event, machineTimeZone()));
  // Not at the first keystroke: a new event would open with every required field flagged.
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const zonesId = useId();
  const problemsId = useId();

  const problems = useMemo(() => eventProblems(inputOf(draft)), [draft]);
  const choices = templateChoices(templates, draft.template);
  const leave = () => setTouched(true);
  const edit = (next: EventDraft) => {
    setDraft(next);
    setError(null);
  };

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setTouched(true);
    if (problems.length > 0 || saving) return;
    setSaving(true);
    try {
      await onSave(inputOf(draft));
    } catch (failure) {
      setError(messageOf(failure));
      setSaving(false);
    }
  };

  const row = { draft, onDraft: edit, onBlur: leave };
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
              value={draft.start}
              onBlur={leave}
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
              value={draft.template}
              onBlur={leave}
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
        <div id={problemsId} role="alert" className="events-form-problems">
          {touched && problems.length > 0 && (
            <ul className="publish-error">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
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
          disabled={saving || problems.length > 0}
          aria-describedby={problems.length > 0 ? problemsId : undefined}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </footer>
    </form>
  );
}
