import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CommandId } from '../../../src/app/commands';
import { ModalDialog } from '../components/ModalDialog';
import type { PaletteEntry } from './palette-entries';
import { filterCommands } from './palette-filter';

interface CommandPaletteProps {
  entries: readonly PaletteEntry[];
  onRun: (id: CommandId) => void;
  onClose: () => void;
}

/**
 * Every command by name, with its key: type to filter, Up and Down to choose, Enter to run,
 * Escape to close. An ARIA combobox over a listbox, so screen readers announce the chosen row.
 */
export function CommandPalette({ entries, onRun, onClose }: CommandPaletteProps) {
  const ids = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterCommands(entries, query), [entries, query]);
  const chosen = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${ids}-option-${index}`;

  const move = (by: number) => {
    if (shown.length === 0) return;
    const next = (chosen + by + shown.length) % shown.length;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  // Home and End stay with the text field, as the ARIA pattern for an editable combobox has it.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = shown[chosen];
      if (entry) onRun(entry.id);
    }
  };

  return (
    <ModalDialog
      className="photo-dialog command-palette"
      labelledBy={`${ids}-title`}
      busy={false}
      dismissible
      view="palette"
      onDismiss={onClose}
    >
      <h2 id={`${ids}-title`} className="visually-hidden">
        Command palette
      </h2>
      <input
        data-autofocus
        className="command-palette-input"
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={`${ids}-list`}
        aria-autocomplete="list"
        aria-activedescendant={chosen >= 0 ? optionId(chosen) : undefined}
        placeholder="Type a command"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${ids}-list`} role="listbox" aria-label="Commands" className="command-palette-list">
        {shown.map((entry, index) => (
          <li
            key={entry.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === chosen}
            className="command-palette-option"
            onMouseMove={() => index !== chosen && setActive(index)}
            onClick={() => onRun(entry.id)}
          >
            <span className="command-palette-title">{entry.title}</span>
            <span className="command-palette-category">{entry.category}</span>
            {entry.shortcut && <kbd className="command-palette-key">{entry.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="command-palette-empty" role="status">
          No command matches “{query}”.
        </p>
      )}
    </ModalDialog>
  );
}
