/** Saxes as the package readers use it, and element names without their namespace prefix. */
import { SaxesParser } from 'saxes';

/** Plain names (`x:c` stays `x:c`, see localName) and no position tracking. */
type ReaderOptions = { xmlns: false; position: false };

/**
 * A parser for one part. Positions only serve saxes' error messages, which no one shows (a part that
 * does not parse makes the file «corrupt» whatever the line), and tracking them costs on every character.
 */
export function partParser(): SaxesParser<ReaderOptions> {
  return new SaxesParser<ReaderOptions>({ xmlns: false, position: false });
}

/** Element names without their namespace prefix: `x:c` → `c`, as the .NET Open XML SDK writes them. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
