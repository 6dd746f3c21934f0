/** Element names without their namespace prefix: `x:c` → `c`, as the .NET Open XML SDK writes them. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
