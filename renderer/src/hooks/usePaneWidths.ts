import { useCallback } from 'react';
import type { SessionState } from '../../../src/posts/post-types';
import { defaultSession } from '../../../src/settings/settings-types';
import type { SessionPatch } from './useSession';
import { useWindowWidth } from './useWindowWidth';

/** The editor never gets narrower than this, however the side panes are dragged. */
const MIN_EDITOR = 320;
const SPLITTERS = 12;
const LIST = { min: 160, max: 2000 };
const PREVIEW = { min: 240, max: 4000 };

interface Range {
  min: number;
  max: number;
}

const clamp = (value: number, range: Range) => Math.round(Math.min(range.max, Math.max(range.min, value)));

/** The side panes' widths as shown: the saved widths, fitted to the window. */
export interface PaneWidths {
  list: number;
  preview: number;
  limits: { list: Range; preview: Range };
  dragList: (width: number) => void;
  commitList: (width: number) => void;
  dragPreview: (width: number) => void;
  commitPreview: (width: number) => void;
}

/**
 * Pane widths from the session, fitted to the window (a small window shrinks the side panes,
 * never the editor below its minimum) and written back to the session when dragged.
 */
export function usePaneWidths(
  session: SessionState | null,
  previewVisible: boolean,
  update: (patch: SessionPatch) => void,
): PaneWidths {
  const viewport = useWindowWidth();
  const saved = session?.paneWidths ?? defaultSession.paneWidths;
  const room = viewport - MIN_EDITOR - SPLITTERS;
  const previewRange = { min: PREVIEW.min, max: Math.max(PREVIEW.min, Math.min(PREVIEW.max, room - LIST.min)) };
  const preview = clamp(saved.preview, previewRange);
  const listRange = {
    min: LIST.min,
    max: Math.max(LIST.min, Math.min(LIST.max, room - (previewVisible ? preview : 0))),
  };
  const list = clamp(saved.list, listRange);
  const fittedPreviewRange = { ...previewRange, max: Math.max(PREVIEW.min, Math.min(previewRange.max, room - list)) };

  // The session batches writes, so updating on every pointer move costs one write per drag.
  const setList = useCallback(
    (width: number) => update({ paneWidths: { list: clamp(width, LIST), preview: saved.preview } }),
    [update, saved.preview],
  );
  const setPreview = useCallback(
    (width: number) => update({ paneWidths: { list: saved.list, preview: clamp(width, PREVIEW) } }),
    [update, saved.list],
  );

  return {
    list,
    preview,
    limits: { list: listRange, preview: fittedPreviewRange },
    dragList: setList,
    commitList: setList,
    dragPreview: setPreview,
    commitPreview: setPreview,
  };
}
