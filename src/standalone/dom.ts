/** The one DOM helper of the standalone page: an element with its text and class. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A red error line with its icon, announced to screen readers. */
export function errorLine(text: string, iconLabel: string): HTMLParagraphElement {
  const line = element('p', undefined, 'error');
  line.setAttribute('role', 'alert');
  const icon = element('span', '✖', 'icon');
  icon.setAttribute('aria-label', iconLabel);
  icon.setAttribute('role', 'img');
  line.append(icon, ' ', text);
  return line;
}
