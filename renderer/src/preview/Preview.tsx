import type { SiteKind } from '../../../src/site/site-info';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { LiveDoc } from '../documents/document-manager';
import { useLiveText } from '../hooks/useLiveText';
import type { Signal } from '../lib/signal';
import { PreviewController, headingSlug } from './preview-controller';
import './preview.css';

/** Props of the live preview pane. */
export interface PreviewProps {
  /** The open post, front matter included; followed edit by edit without re-rendering React. */
  source: Signal<LiveDoc | null>;
  assetBaseUrl: string;
  /** Jekyll's URL idioms are resolved on Jekyll sites only. */
  siteKind: SiteKind;
  visible: boolean;
  /** 0-based document line at the top of the editor; the preview follows it. */
  topLine: number;
  /** An http(s) or mailto link was activated; open it outside the app. */
  onOpenLink: (url: string) => void;
}

const EXTERNAL = new Set(['http:', 'https:', 'mailto:']);

function findAnchorTarget(content: HTMLElement, fragment: string): Element | null {
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // Keep the raw fragment.
  }
  if (!id) return null;
  // The sanitiser prefixes ids and names with `user-content-`.
  for (const candidate of [`user-content-${id}`, id]) {
    const escaped = CSS.escape(candidate);
    const found = content.querySelector(`[id="${escaped}"], a[name="${escaped}"]`);
    if (found) return found;
  }
  const slug = headingSlug(id);
  for (const heading of content.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (headingSlug(heading.textContent ?? '') === slug) return heading;
  }
  return null;
}

/**
 * The live preview: the post's body rendered from Markdown, sanitised, updated block by block
 * in the keystroke's frame when cheap and right after it when not, following the editor's
 * scroll position. Links never navigate the app:
 * `#anchors` scroll the preview, http(s)/mailto go to `onOpenLink`, anything else is ignored.
 */
export function Preview(props: PreviewProps) {
  const { source, assetBaseUrl, siteKind, visible, topLine, onOpenLink } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<PreviewController | null>(null);
  const onOpenLinkRef = useRef(onOpenLink);
  const [title, setTitle] = useState<string | null>(null);

  useEffect(() => {
    onOpenLinkRef.current = onOpenLink;
  }, [onOpenLink]);

  useEffect(() => {
    const section = sectionRef.current;
    const content = contentRef.current;
    if (!section || !content) return;
    const controller = new PreviewController(section, content, setTitle, siteKind, assetBaseUrl);
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.dispose();
    };
    // The workspace, and so the preview, is made afresh for another site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Each call only records the change and schedules work: nothing renders in a commit.
  useLiveText(source, visible, (live) => controllerRef.current?.setSource(live));
  useEffect(() => controllerRef.current?.setAssetBaseUrl(assetBaseUrl), [assetBaseUrl]);
  useEffect(() => controllerRef.current?.setVisible(visible), [visible]);
  useEffect(() => controllerRef.current?.setTopLine(topLine), [topLine]);

  const onLinkActivated = (event: MouseEvent<HTMLElement>) => {
    const content = contentRef.current;
    const anchor = event.target instanceof Element ? event.target.closest('a, area') : null;
    if (!content || !anchor || !content.contains(anchor)) return;
    event.preventDefault();
    const href = (anchor.getAttribute('href') ?? '').trim();
    if (href.startsWith('#')) {
      const target = findAnchorTarget(content, href.slice(1));
      if (target) controllerRef.current?.scrollToElement(target);
      return;
    }
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return; // Relative links have no meaning outside the site.
    }
    if (EXTERNAL.has(url.protocol)) onOpenLinkRef.current(url.href);
  };

  return (
    <section
      ref={sectionRef}
      className="preview"
      role="region"
      aria-label="Preview"
      // Focusable so the keyboard can scroll it, as the pointer can.
      tabIndex={0}
      hidden={!visible}
      onClick={onLinkActivated}
      onAuxClick={onLinkActivated}
    >
      {title !== null && (
        <header className="preview-header">
          <h1 className="preview-title">{title}</h1>
        </header>
      )}
      <div ref={contentRef} className="preview-content" />
    </section>
  );
}
