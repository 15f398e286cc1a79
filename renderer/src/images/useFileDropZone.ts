import { useState, type DragEvent } from 'react';
import { carriesFiles } from '../editor/image-drop';

/**
 * Makes an element take dropped files: the handlers to spread on it, and whether files are
 * being dragged over it (for a hint). Other drags are left alone.
 */
export function useFileDropZone(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  const over = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const handlers = {
    onDragEnter: over,
    onDragOver: over,
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !event.currentTarget.contains(to)) setDragging(false);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...event.dataTransfer.files];
      if (files.length > 0) onFiles(files);
    },
  };
  return { dragging, handlers };
}
