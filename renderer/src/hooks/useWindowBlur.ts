import { useEffect, useEffectEvent } from 'react';

/** Runs when the window loses focus, is hidden or unloads: the moment to save. */
export function useWindowBlur(onBlur: () => void): void {
  const run = useEffectEvent(onBlur);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') run();
    };
    const onWindowBlur = () => run();
    window.addEventListener('blur', onWindowBlur);
    window.addEventListener('pagehide', onWindowBlur);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onWindowBlur);
      window.removeEventListener('pagehide', onWindowBlur);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
