import { boot } from '../../src/taskpane/boot';
import { isOldWebview, type WebviewProbe } from '../../src/taskpane/oldWebview';
import { themeFromBackground } from '../../src/taskpane/theme';

const modern: WebviewProbe = {
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  hasPromise: true,
  hasFetch: true,
  hasEs2020: true,
};

describe('the boot screen', () => {
  it('sends Office 2016/2019 webviews (Trident, EdgeHTML) to the standalone page', () => {
    expect(isOldWebview({ ...modern, userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' })).toBe(true);
    expect(
      isOldWebview({ ...modern, userAgent: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763' }),
    ).toBe(true);
  });

  it('also treats a webview without Promise, fetch or ES2020 as old', () => {
    expect(isOldWebview({ ...modern, hasFetch: false })).toBe(true);
    expect(isOldWebview({ ...modern, hasPromise: false })).toBe(true);
    expect(isOldWebview({ ...modern, hasEs2020: false })).toBe(true);
  });

  it('loads the pane in WebView2 (Chromium Edge: «Edg/», not «Edge/»)', () => {
    expect(isOldWebview(modern)).toBe(false);
  });
});

describe('the theme', () => {
  it('follows Office: dark for the black and dark grey themes, light otherwise', () => {
    expect(themeFromBackground('#262626')).toBe('dark');
    expect(themeFromBackground('#1F1F1F')).toBe('dark');
    expect(themeFromBackground('#FFFFFF')).toBe('light');
    expect(themeFromBackground('#E6E6E6')).toBe('light');
    expect(themeFromBackground(undefined)).toBe('light');
    expect(themeFromBackground('не цвет')).toBe('light');
  });
});

describe('the boot script with Office', () => {
  const deps = (old: boolean) => {
    const calls: string[] = [];
    const root = { innerHTML: '' };
    return {
      calls,
      root,
      deps: {
        root,
        old,
        onReady: (callback: () => void) => {
          calls.push('onReady');
          callback();
        },
        loadPane: async () => ({ start: () => calls.push('start') }),
      },
    };
  };

  it('calls Office.onReady on an old webview too, and shows the message with the standalone page once it is ready', () => {
    const { calls, root, deps: d } = deps(true);
    let ready: (() => void) | undefined;
    boot({ ...d, onReady: (callback) => (calls.push('onReady'), (ready = callback)) });
    expect(calls).toEqual(['onReady']);
    expect(root.innerHTML).toBe('');
    ready?.();
    expect(root.innerHTML).toContain('opora-standalone.html');
  });

  it('shows the message even when office.js did not load', () => {
    const { root, deps: d } = deps(true);
    boot({ ...d, onReady: undefined });
    expect(root.innerHTML).toContain('opora-standalone.html');
  });

  it('starts the pane on a modern webview (the pane awaits Office.onReady before touching Excel)', async () => {
    const { calls, deps: d } = deps(false);
    boot(d);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['start']);
  });
});
