import { useId, useState, type FormEvent } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { UpdatePlacement } from '../../../src/events/live-update';
import type { WritingSettings } from '../../../src/events/writing-settings';
import { ModalDialog } from '../components/ModalDialog';
import { RadioChoices } from '../components/RadioChoices';
import { messageOf } from '../lanyard-api';
import { GoalInput, useGoalField } from './GoalField';

interface WritingSettingsDialogProps {
  api: LanyardApi;
  /** Unused for now: a failed save is shown in the dialog, where the writer can fix it, not twice. */
  report: (error: unknown) => void;
  settings: WritingSettings;
  onSaved: (settings: WritingSettings) => void;
  onClose: () => void;
}

const placements: ReadonlyArray<{ value: UpdatePlacement; label: string }> = [
  { value: 'top', label: 'At the top (newest first)' },
  { value: 'bottom', label: 'At the bottom (in order)' },
];

/** "Writing": where new updates go in a day post, and how many words a day the writer aims for. */
export function WritingSettingsDialog({ api, settings, onSaved, onClose }: WritingSettingsDialogProps) {
  const [placement, setPlacement] = useState(settings.updatePlacement);
  const goalField = useGoalField(settings.dailyWordGoal);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();
  const goalId = useId();
  const goalHintId = useId();
  const problemId = useId();

  const { parsed: goal, problem } = goalField;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    goalField.check();
    if ('problem' in goal) return;
    if (placement === settings.updatePlacement && goal.goal === settings.dailyWordGoal) return onClose();
    setSaving(true);
    setError(null);
    try {
      onSaved(await api.writing.updateSettings({ updatePlacement: placement, dailyWordGoal: goal.goal }));
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
      setSaving(false);
    }
  };

  return (
    <ModalDialog
      className="photo-dialog writing-settings-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={saving}
      dismissible={!saving}
      view="form"
      onDismiss={onClose}
    >
      <form className="photo-dialog-form" onSubmit={(event) => void submit(event)}>
        <header className="photo-dialog-header">
          <h2 id={titleId}>Writing</h2>
          <p id={hintId}>How you write through an event day. These settings are yours, for every site.</p>
        </header>
        <div className="publish-body">
          <fieldset className="writing-settings-fields" disabled={saving}>
            <RadioChoices
              label="New updates go"
              name="update-placement"
              choices={placements}
              value={placement}
              onChange={setPlacement}
              classPrefix="writing-setting"
            />
            <div className="writing-setting">
              <label htmlFor={goalId}>Daily word goal</label>
              <div>
                <GoalInput
                  id={goalId}
                  field={goalField}
                  describedBy={problem ? `${goalHintId} ${problemId}` : goalHintId}
                />
                <p id={goalHintId} className="writing-setting-hint">
                  Words a day, shown in the status bar. Leave it empty for no goal.
                </p>
              </div>
            </div>
          </fieldset>
          {problem && (
            <p id={problemId} className="publish-error" role="alert">
              {problem}
            </p>
          )}
          {error && (
            <p className="publish-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <footer className="photo-dialog-actions">
          <button type="button" className="button" disabled={saving} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving || problem !== null}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
