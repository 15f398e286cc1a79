import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { CommandId } from '../../../src/app/commands';
import { OutlinePanel } from '../outline/OutlinePanel';
import { CommandPalette } from './CommandPalette';
import { paletteEntries } from './palette-entries';
import { isMac } from './platform';
import type { CommandLayerState } from './useCommandLayer';
import './commands.css';

interface CommandLayerProps {
  layer: CommandLayerState;
  /** Every command the workspace can run now; the palette lists these. */
  handlers: Partial<Record<CommandId, () => void>>;
}

/** The command palette and the outline, over the workspace. */
export function CommandLayer({ layer, handlers }: CommandLayerProps) {
  const pending = useRef<CommandId | null>(null);
  const runnable = { ...layer.paletteOnly, ...handlers };
  const availableKey = Object.keys(runnable).sort().join(' ');
  const entries = useMemo(() => paletteEntries(new Set(availableKey.split(' ') as CommandId[]), isMac), [availableKey]);

  const runPending = useEffectEvent(() => {
    const id = pending.current;
    pending.current = null;
    if (id) runnable[id]?.();
  });
  // A chosen command runs once the palette has closed and focus is back where it was.
  useEffect(() => {
    if (!layer.paletteOpen) runPending();
  }, [layer.paletteOpen]);

  return (
    <>
      {layer.paletteOpen && (
        <CommandPalette
          entries={entries}
          onClose={layer.closePalette}
          onRun={(id) => {
            pending.current = id;
            layer.closePalette();
          }}
        />
      )}
      {layer.modes.outline && <OutlinePanel editorView={layer.editorView} onClose={layer.toggleOutline} />}
    </>
  );
}
