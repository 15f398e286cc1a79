import type { DocumentManager } from '../documents/document-manager';
import { useLiveText } from '../hooks/useLiveText';
import { useSignalValue } from '../hooks/useSignalValue';
import type { Signal } from '../lib/signal';
import { Preview } from '../preview/Preview';

interface LivePreviewProps {
  manager: DocumentManager;
  topLine: Signal<number>;
  assetBaseUrl: string;
  visible: boolean;
  onOpenLink: (url: string) => void;
}

/**
 * Feeds the preview from the editor. Kept apart from the rest of the window so a keystroke
 * renders this component only, and only once per frame.
 */
export function LivePreview({ manager, topLine, assetBaseUrl, visible, onOpenLink }: LivePreviewProps) {
  const live = useLiveText(manager.liveDoc, visible);
  const line = useSignalValue(topLine);
  return (
    <Preview
      text={live?.text ?? ''}
      postId={live?.id ?? null}
      assetBaseUrl={assetBaseUrl}
      visible={visible}
      topLine={line}
      onOpenLink={onOpenLink}
    />
  );
}
