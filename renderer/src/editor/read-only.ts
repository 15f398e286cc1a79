import { Compartment, EditorState, type Extension, type StateEffect } from '@codemirror/state';

const readOnlyCompartment = new Compartment();

/** Whether the post may be edited; a compartment so a reload from disk can flip it. */
export function readOnlyMode(readOnly: boolean): Extension {
  return readOnlyCompartment.of(EditorState.readOnly.of(readOnly));
}

/** The effect that switches an existing post's state to read-only or back. */
export function setReadOnly(readOnly: boolean): StateEffect<unknown> {
  return readOnlyCompartment.reconfigure(EditorState.readOnly.of(readOnly));
}
