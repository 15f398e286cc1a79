import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** The id of the pane whose width this sets. */
  controls: string;
  value: number;
  min: number;
  max: number;
  /** 1 when dragging right widens the pane (it is on the left), -1 when it narrows it. */
  direction: 1 | -1;
  /** While dragging, on every move. */
  onChange: (value: number) => void;
  /** When a drag or a key press ends: the width to keep. */
  onCommit: (value: number) => void;
}

const STEP = 16;
const BIG_STEP = 64;

/** A draggable, keyboard-operable divider between two panes (a WAI-ARIA window splitter). */
export function Splitter(props: SplitterProps) {
  const { value, min, max, direction } = props;
  const drag = useRef<{ x: number; start: number; last: number } | null>(null);
  const clamp = (width: number) => Math.round(Math.min(max, Math.max(min, width)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, start: value, last: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state) return;
    state.last = clamp(state.start + direction * (event.clientX - state.x));
    props.onChange(state.last);
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state) return;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    props.onCommit(state.last);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    // Arrows move the divider itself: left is left, whichever pane grows.
    const moves: Record<string, number | undefined> = {
      ArrowLeft: value - direction * step,
      ArrowRight: value + direction * step,
      Home: min,
      End: max,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    props.onCommit(clamp(next));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-controls={props.controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    />
  );
}
