import type { LanyardApi } from '../../../src/api/client';
import { EventChooserDialog } from './EventChooserDialog';
import { EventsDialog } from './EventsDialog';
import { QuickCaptureDialog } from './QuickCaptureDialog';
import type { EventMode } from './useEventMode';
import { WritingSettingsDialog } from './WritingSettingsDialog';

interface EventModeDialogsProps {
  api: LanyardApi;
  mode: EventMode;
  report: (error: unknown) => void;
  /** Saves every open post: syncing series links rewrites posts on disk. */
  saveAll: () => Promise<unknown>;
}

/** Whichever event-mode dialog is open: events, writing settings, "which event?", or the quick note box. */
export function EventModeDialogs({ api, mode, report, saveAll }: EventModeDialogsProps) {
  const { dialog } = mode;
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'events':
      return (
        <EventsDialog
          api={api}
          report={report}
          beforeChanges={saveAll}
          onClose={() => {
            mode.close();
            void mode.reloadEvents();
          }}
        />
      );
    case 'writing':
      return mode.writing.settings === null ? null : (
        <WritingSettingsDialog
          api={api}
          report={report}
          settings={mode.writing.settings}
          onSaved={mode.writing.setSettings}
          onClose={mode.close}
        />
      );
    case 'choose':
      return (
        <EventChooserDialog
          title={dialog.purpose === 'day-post' ? 'New day post' : 'Quick note'}
          choices={dialog.choices}
          catchUp={dialog.purpose === 'day-post'}
          onChoose={(eventId, day) => mode.choose(dialog.purpose, eventId, day)}
          onCancel={mode.close}
          onManageEvents={mode.commands.switchToEvents}
        />
      );
    case 'capture':
      return (
        <QuickCaptureDialog
          target={dialog.target}
          onCapture={(text) => mode.capture(dialog.eventId, text)}
          onClose={mode.close}
        />
      );
  }
}
