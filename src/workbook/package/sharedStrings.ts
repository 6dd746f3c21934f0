/**
 * The shared strings table, streamed through XmlScanner: each `<si>` becomes its plain text (rich-text
 * runs joined, phonetic hints `<rPh>` left out; CDATA inside `<t>` is text like any other).
 */
import type JSZip from 'jszip';
import { streamPart } from './packageZip';
import { localName } from './saxNames';
import { XmlScanner } from './xmlScanner';

export async function readSharedStrings(zip: JSZip, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  let text = '';
  let inText = false;
  let phonetic = 0;
  const scanner = new XmlScanner({
    open: (qualified) => {
      const name = localName(qualified);
      if (name === 'si') text = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text: (value) => {
      if (inText) text += value;
    },
    close: (qualified) => {
      const name = localName(qualified);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') strings.push(text);
    },
  });
  await streamPart(zip, part, (chunk) => scanner.write(chunk));
  scanner.close();
  return strings;
}
