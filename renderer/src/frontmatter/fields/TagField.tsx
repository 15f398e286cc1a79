import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { FieldInputIds, FieldProps } from './field-props';
import { listItemsOf } from './field-input-kind';
import { moveActiveOption } from './active-option';
import { addTags, splitTagInput, tagSuggestions, type TagSource } from './tag-suggestions';
import { useAnchoredPopover } from './useAnchoredPopover';

/** What the tag field needs besides the common props. */
export interface TagFieldProps {
  /** Only the spec's options may be added (a multiple select); otherwise new values are welcome. */
  limitToOptions: boolean;
}

/**
 * A list of values as chips (tags, categories) with an autocomplete of the site's values, most
 * used first. Enter, comma or Tab adds what is typed; Backspace in the empty box removes the last
 * chip; arrows move in the suggestions (ARIA combobox).
 */
export function TagField(props: FieldProps & FieldInputIds & TagFieldProps) {
  const { spec, field, readOnly, onChange, inputId, describedBy, limitToOptions } = props;
  const listId = useId();
  const summaryId = useId();
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [rejected, setRejected] = useState<string[]>([]);

  const items = listItemsOf(field);
  const source: TagSource = useMemo(
    () => ({ suggestions: spec.suggestions, options: spec.options, limitToOptions }),
    [spec.suggestions, spec.options, limitToOptions],
  );
  const suggestions = useMemo(() => tagSuggestions(source, items, typed), [source, items, typed]);
  const shown = open && !readOnly && suggestions.length > 0;
  const listRef = useRef<HTMLUListElement>(null);
  const popover = useAnchoredPopover(listRef, shown);
  const activeOption = shown && active >= 0 && active < suggestions.length ? active : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (activeOption >= 0) listRef.current?.children[activeOption]?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  const add = (values: string[], rest = '') => {
    const result = addTags(items, values, source);
    setRejected(result.rejected);
    setTyped(result.rejected.length > 0 ? [...result.rejected, rest].filter(Boolean).join(', ') : rest);
    setActive(-1);
    if (result.items.length !== items.length) onChange({ kind: 'list', items: result.items });
  };

  const remove = (index: number) => {
    onChange({ kind: 'list', items: items.filter((_, position) => position !== index) });
    inputRef.current?.focus();
  };

  /** Adds the highlighted suggestion, else the typed text; false when there was nothing to add. */
  const commit = (): boolean => {
    const option = activeOption >= 0 ? suggestions[activeOption] : undefined;
    if (option) add([option.value]);
    else if (typed.trim() !== '') add([typed]);
    else return false;
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    const moved = moveActiveOption(active, event.key, suggestions.length);
    if (moved !== null && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setOpen(true);
      setActive(shown ? moved : event.key === 'ArrowDown' ? 0 : suggestions.length - 1);
    } else if (event.key === 'Enter' || event.key === ',') {
      if (commit() || event.key === ',') event.preventDefault();
    } else if (event.key === 'Tab') {
      commit();
    } else if (event.key === 'Backspace' && typed === '' && items.length > 0) {
      event.preventDefault();
      remove(items.length - 1);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const focusInput = (event: MouseEvent) => {
    if (!(event.target as Element).closest('button, input, [role="listbox"]')) {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  return (
    <div
      className="field-tags"
      data-readonly={readOnly || undefined}
      style={popover.anchorStyle}
      onMouseDown={focusInput}
    >
      {items.length > 0 && (
        <ul className="tag-chips" aria-label={`${spec.label}, chosen`}>
          {items.map((item, index) => (
            <li key={`${index}:${item}`} className="tag-chip">
              <span className="tag-chip-text">{item}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="tag-chip-remove"
                  aria-label={`Remove ${item}`}
                  onClick={() => remove(index)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        className="tag-input"
        role="combobox"
        value={typed}
        readOnly={readOnly}
        placeholder={readOnly ? undefined : items.length === 0 ? 'Add…' : undefined}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={activeOption >= 0 ? optionId(activeOption) : undefined}
        aria-required={spec.required || undefined}
        aria-invalid={rejected.length > 0 || undefined}
        aria-describedby={[describedBy, summaryId, statusId].filter(Boolean).join(' ')}
        onChange={(event) => {
          const { complete, rest } = splitTagInput(event.target.value);
          if (complete.length > 0) add(complete, rest);
          else {
            setTyped(rest);
            setActive(-1);
          }
          setRejected([]);
          setOpen(true);
        }}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (typed.trim() !== '' && !readOnly) add([typed]);
          setOpen(false);
          setActive(-1);
        }}
      />
      <span id={summaryId} className="visually-hidden">
        {items.length === 0 ? 'None chosen.' : `Chosen: ${items.join(', ')}.`}
      </span>
      <span id={statusId} className="field-problem tag-status" role="status">
        {rejected.length > 0 ? `Not one of the choices: ${rejected.join(', ')}.` : ''}
      </span>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        className="tag-listbox"
        popover="manual"
        style={popover.popoverStyle}
        aria-label={spec.label}
      >
        {shown &&
          suggestions.map((suggestion, index) => (
            <li
              key={suggestion.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeOption}
              className="tag-option"
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => add([suggestion.value])}
            >
              <span className="tag-option-text">{suggestion.value}</span>
              {suggestion.count > 0 && (
                <span className="tag-option-count">
                  {suggestion.count}
                  <span className="visually-hidden"> {suggestion.count === 1 ? 'post' : 'posts'}</span>
                </span>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
