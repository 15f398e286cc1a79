import { lazy, Suspense } from 'react';
import type { SiteKind } from '../../../src/site/site-info';
import type { DocumentManager } from '../documents/document-manager';
import { useSignalValue } from '../hooks/useSignalValue';
import { useFileDropZone } from '../images/useFileDropZone';
import type { Signal } from '../lib/signal';

// Markdown, highlighting and the sanitizer load after the first view: the post is editable
// before the preview's libraries have even been parsed.
const Preview = lazy(async () => ({ default: (await import('../preview/Preview')).Preview }));

interface LivePreviewProps {
  manager: DocumentManager;
  topLine: Signal<number>;
  assetBaseUrl: string;
  siteKind: SiteKind;
  visible: boolean;
  onOpenLink: (url: string) => void;
  /** Photos dropped on the preview; they go in at the editor's cursor. */
  onImageFiles: (files: File[]) => void;
}

/**
 * Feeds the preview from the editor, and takes photos dropped on it. The preview follows the
 * editor's text outside React, so a keystroke renders nothing here.
 */
export function LivePreview(props: LivePreviewProps) {
  const { manager, topLine, assetBaseUrl, siteKind, visible, onOpenLink, onImageFiles } = props;
  const line = useSignalValue(topLine);
  const drop = useFileDropZone(onImageFiles);
  return (
    <div className="preview-drop" {...drop.handlers}>
      <Suspense fallback={<section className="preview" aria-label="Preview" aria-busy="true" />}>
        <Preview
          source={manager.liveDoc}
          assetBaseUrl={assetBaseUrl}
          siteKind={siteKind}
          visible={visible}
          topLine={line}
          onOpenLink={onOpenLink}
        />
      </Suspense>
      {drop.dragging && (
        <div className="preview-drop-hint" aria-hidden="true">
          <span>Drop photos to add them at the cursor</span>
        </div>
      )}
    </div>
  );
}
