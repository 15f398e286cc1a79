import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldInputIds, FieldProps } from './field-props';
import { stringValueOf } from './field-input-kind';
import { imageUrl, imageValueFor, sitePathOfImageValue } from './image-path';
import { ImagePicker } from './ImagePicker';
import { useAnchoredPopover } from './useAnchoredPopover';
import { useFieldDraft } from './useFieldDraft';

/** What the image field needs besides the common props. */
export interface ImageFieldProps {
  /** The site's images, by site-relative path (`assets/img/cover.jpg`). */
  images: readonly { path: string }[];
  /** Where site files are served from (ends in `/`). */
  assetBaseUrl: string;
}

/**
 * An image path (cover, thumbnail) typed or picked from the site's images. Picking keeps the
 * current value's style: `/assets/x.jpg`, or `assets/x.jpg` when the field is written relative.
 */
export function ImageField(props: FieldProps & FieldInputIds & ImageFieldProps) {
  const { spec, field, readOnly, onChange, inputId, describedBy, images, assetBaseUrl } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const pickerRef = useRef<HTMLDivElement>(null);
  const popover = useAnchoredPopover(pickerRef, open);
  const draft = useFieldDraft(stringValueOf(field));
  const sitePath = sitePathOfImageValue(draft.text);
  const known = useMemo(() => new Set(images.map((image) => image.path)), [images]);
  const thumbnail = sitePath !== null && known.has(sitePath) ? imageUrl(assetBaseUrl, sitePath) : null;

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const pick = (path: string) => {
    onChange({ kind: 'string', value: imageValueFor(path, draft.text) });
    setOpen(false);
    inputRef.current?.focus();
  };

  return (
    <div
      className="field-image"
      ref={wrapRef}
      style={popover.anchorStyle}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <span className="field-image-thumb" aria-hidden="true">
        {thumbnail && <img src={thumbnail} alt="" decoding="async" draggable={false} />}
      </span>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        className="field-control"
        value={draft.text}
        readOnly={readOnly}
        spellCheck={false}
        autoComplete="off"
        aria-required={spec.required || undefined}
        aria-describedby={describedBy}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onChange={(event) => {
          draft.setText(event.target.value);
          onChange({ kind: 'string', value: event.target.value });
        }}
      />
      {!readOnly && (
        <button
          ref={buttonRef}
          type="button"
          className="button small"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen((was) => !was)}
        >
          Choose…
        </button>
      )}
      {open && (
        <ImagePicker
          images={images}
          assetBaseUrl={assetBaseUrl}
          current={sitePath}
          label={spec.label}
          onPick={pick}
          onClose={close}
          popoverRef={pickerRef}
          popoverStyle={popover.popoverStyle}
        />
      )}
    </div>
  );
}
