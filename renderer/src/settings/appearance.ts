import { editorFontStack, type AppSettings, type Theme } from '../../../src/settings/app-settings';

/** Light or dark: the writer's choice, or the system's for `system`. */
export function resolvedTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** The editor's CSS variables for these settings. */
export function editorVariables(
  settings: Pick<AppSettings, 'editorFont' | 'fontSize' | 'lineWidth'>,
): Record<string, string> {
  return {
    '--ed-font': editorFontStack(settings.editorFont),
    '--ed-font-size': `${settings.fontSize}px`,
    // The content box carries 2rem of padding each side (editor/theme.ts).
    '--ed-line-width': settings.lineWidth === null ? 'none' : `calc(${settings.lineWidth}ch + 4rem)`,
  };
}

/**
 * Applies the theme and the editor's look to the page: `data-theme` on the root element (the
 * stylesheets key every colour on it) and the editor's variables in its style.
 */
export function applyAppearance(
  settings: Pick<AppSettings, 'theme' | 'editorFont' | 'fontSize' | 'lineWidth'>,
  systemDark: boolean,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.theme = resolvedTheme(settings.theme, systemDark);
  for (const [name, value] of Object.entries(editorVariables(settings))) root.style.setProperty(name, value);
}
