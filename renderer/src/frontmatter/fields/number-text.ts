/** A YAML 1.2 decimal or float, as a writer types it: `12`, `-3.5`, `.5`, `1e3`. */
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The number the text stands for, or null while it is not (yet) one the file can hold. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** How a field's current value shows in the number input: empty for anything but a finite number. */
export function numberText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The text after stepping the number by `delta` (from 0 when the text isn't a number), without float noise. */
export function stepNumberText(text: string, delta: number): string {
  const current = parseNumberText(text) ?? 0;
  return String(Number((current + delta).toPrecision(15)));
}
