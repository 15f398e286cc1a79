import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { moveActiveOption } from './active-option';
import { filterImages, imageUrl } from './image-path';

/** Columns of the grid; the CSS lays out the same number. */
const COLUMNS = 3;
/** Thumbnails drawn at once; a filter narrows a larger site down. */
const SHOWN = 120;

interface ImagePickerProps {
  images: readonly { path: string }[];
  assetBaseUrl: string;
  /** Site path of the image the field holds now, highlighted in the grid. */
  current: string | null;
  /** Names the dialog ("Choose an image for Cover"). */
  label: string;
  onPick: (path: string) => void;
  onClose: () => void;
  /** The owner shows the picker as an anchored popover (`useAnchoredPopover`). */
  popoverRef: RefObject<HTMLDivElement | null>;
  popoverStyle: CSSProperties;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The popover grid of the site's images with a filter box. Focus stays in the filter box;
 * ArrowDown enters the grid, arrows move in it, Enter picks, Escape closes.
 */
export function ImagePicker({
  images,
  assetBaseUrl,
  current,
  label,
  onPick,
  onClose,
  popoverRef,
  popoverStyle,
}: ImagePickerProps) {
  const listId = useId();
  const filterRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => filterImages(images, query), [images, query]);
  const shown = matches.slice(0, SHOWN);
  const activeIndex = active < shown.length ? active : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  // After the owner's layout effect has put the popover on screen; autoFocus would come too early.
  useEffect(() => filterRef.current?.focus(), []);

  useEffect(() => {
    if (activeIndex >= 0) gridRef.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[activeIndex] ?? (shown.length === 1 ? shown[0] : undefined);
      if (chosen) onPick(chosen.path);
      return;
    }
    const moved = moveActiveOption(activeIndex, event.key, shown.length, COLUMNS);
    if (moved === null) return;
    event.preventDefault();
    setActive(moved);
  };

  return (
    <div
      ref={popoverRef}
      className="image-picker"
      role="dialog"
      aria-label={`Choose an image for ${label}`}
      popover="manual"
      style={popoverStyle}
    >
      <input
        ref={filterRef}
        type="search"
        className="image-picker-filter"
        placeholder="Filter images"
        aria-label="Filter images"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {shown.length > 0 ? (
        <ul ref={gridRef} id={listId} role="listbox" className="image-grid" aria-label="Site images">
          {shown.map((image, index) => (
            <li
              key={image.path}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              data-current={image.path === current || undefined}
              className="image-option"
              title={image.path}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(image.path)}
            >
              <img src={imageUrl(assetBaseUrl, image.path)} alt="" loading="lazy" decoding="async" draggable={false} />
              <span className="image-option-name">{fileName(image.path)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="image-picker-note" id={listId}>
          {images.length === 0 ? 'No images in this site yet.' : 'No image path matches.'}
        </p>
      )}
      {matches.length > shown.length && (
        <p className="image-picker-note">
          Showing {shown.length} of {matches.length}; type to narrow.
        </p>
      )}
    </div>
  );
}
