interface NavigatorWithUaData extends Navigator {
  userAgentData?: { platform?: string };
}

function detectMac(): boolean {
  const nav = navigator as NavigatorWithUaData;
  const platform = nav.userAgentData?.platform || nav.platform || nav.userAgent;
  return /mac|iphone|ipad/i.test(platform);
}

/** True on macOS, where Mod is ⌘ and menus write keys as symbols. */
export const isMac: boolean = detectMac();
