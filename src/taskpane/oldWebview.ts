/**
 * Detects the webviews of volume-licensed Office 2016/2019 (Internet Explorer's Trident and legacy
 * EdgeHTML), which cannot run React 19 or Fluent UI v9. Built to ES5 with `boot.ts`: it runs there.
 */

export interface WebviewProbe {
  userAgent: string;
  hasPromise: boolean;
  hasFetch: boolean;
  /** ES2020 in practice: `globalThis` and `String.prototype.matchAll` arrived with it. */
  hasEs2020: boolean;
}

export function probeWebview(win: Window): WebviewProbe {
  const w = win as unknown as Record<string, unknown>;
  return {
    userAgent: win.navigator.userAgent,
    hasPromise: typeof w.Promise === 'function',
    hasFetch: typeof w.fetch === 'function',
    hasEs2020: typeof w.globalThis === 'object' && typeof (String.prototype as unknown as Record<string, unknown>).matchAll === 'function',
  };
}

export function isOldWebview(probe: WebviewProbe): boolean {
  return (
    probe.userAgent.indexOf('Trident') >= 0 ||
    probe.userAgent.indexOf('Edge/') >= 0 ||
    !probe.hasPromise ||
    !probe.hasFetch ||
    !probe.hasEs2020
  );
}
