/**
 * The shared strings table, streamed: each `<si>` becomes its plain text (rich-text runs joined,
 * phonetic hints `<rPh>` left out).
 */
import type JSZip from 'jszip';
import { streamPart } from './packageZip';
import { localName, partParser } from './saxNames';

export async function readSharedStrings(zip: JSZip, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  const parser = partParser();
  let text: string[] = [];
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (name === 'si') text = [];
    else if (name === 'rPh') phonetic += 1;
    else if (name === 't' && phonetic === 0) inText = true;
  });
  parser.on('text', (value) => {
    if (inText) text.push(value);
  });
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic -= 1;
    else if (name === 'si') strings.push(text.join(''));
  });
  await streamPart(zip, part, (chunk) => parser.write(chunk));
  parser.close();
  return strings;
}
