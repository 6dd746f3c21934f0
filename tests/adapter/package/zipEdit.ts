/** Small JSZip helpers for building corpus packages: edit parts as text, add parts with their relationships. */
import JSZip from 'jszip';

export async function editZip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function editText(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)!.async('string');
  zip.file(part, edit(xml));
}

/** Adds a relationship to the `.rels` of a part, creating the `.rels` if needed. */
export async function addRel(zip: JSZip, relsPart: string, id: string, type: string, target: string): Promise<void> {
  const fullType = type.startsWith('http') ? type : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
  const rel = `<Relationship Id="${id}" Type="${fullType}" Target="${target}"/>`;
  const existing = await zip.file(relsPart)?.async('string');
  const xml =
    existing ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(relsPart, xml.replace('</Relationships>', `${rel}</Relationships>`));
}

export async function addOverride(zip: JSZip, part: string, type: string): Promise<void> {
  await editText(zip, '[Content_Types].xml', (xml) => xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

/** Inserts `text` into the worksheet XML right before the first of `beforeTags` present (else before the end). */
export function insertBefore(xml: string, text: string, beforeTags: string[]): string {
  for (const tag of beforeTags) {
    const at = xml.indexOf(`<${tag}`);
    if (at >= 0) return xml.slice(0, at) + text + xml.slice(at);
  }
  const end = xml.lastIndexOf('</');
  return xml.slice(0, end) + text + xml.slice(end);
}

/** A copy of the zip with `patch` applied at the local header and at the central directory record of `entry`. */
export function patchHeaders(zip: Uint8Array, entry: string, patch: (bytes: Buffer, at: number, central: boolean) => void): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(entry);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name)) patch(out, i, false);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name)) patch(out, i, true);
  }
  return out;
}

/** Sets the uncompressed size a zip declares for `entry`, in its local header and its central directory record. */
export function declareSize(zip: Uint8Array, entry: string, size: number): Buffer {
  return patchHeaders(zip, entry, (bytes, at, central) => bytes.writeUInt32LE(size, at + (central ? 24 : 22)));
}
