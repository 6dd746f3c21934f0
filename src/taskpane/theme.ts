/**
 * Which Fluent theme follows the host: Office reports its theme as colours (`officeTheme`), so the pane
 * goes dark when the body background is dark (Office's «Чёрная» and «Тёмно-серая» themes).
 */
import type { Theme } from './host';

/** Relative luminance below one half counts as dark; unreadable colours fall back to light. */
export function themeFromBackground(color: string | undefined): Theme {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return 'light';
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}
