import { useId, useLayoutEffect, type CSSProperties, type RefObject } from 'react';

/** Styles that tie a popover to the element it hangs from. */
export interface AnchorStyles {
  /** For the element the popover hangs from. */
  anchorStyle: CSSProperties;
  /** For the popover element. */
  popoverStyle: CSSProperties;
}

/**
 * Shows the `popover="manual"` element in `ref` in the top layer while `open`, placed against
 * an anchor by CSS anchor positioning, so a scrolling or clipped form panel never cuts a
 * suggestion list or picker off, and the CSS can flip it above the field when there's no room below.
 */
export function useAnchoredPopover(ref: RefObject<HTMLElement | null>, open: boolean): AnchorStyles {
  const name = `--popover-${useId().replace(/[^\w-]/g, '')}`;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const showing = element.matches(':popover-open');
    if (open && !showing) element.showPopover();
    else if (!open && showing) element.hidePopover();
  }, [ref, open]);
  return { anchorStyle: { anchorName: name }, popoverStyle: { positionAnchor: name } };
}
