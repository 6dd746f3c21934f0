/** New part names and relationship ids that clash with nothing already in the package (or given out earlier). */
import type JSZip from 'jszip';

export class PartNames {
  private readonly taken: Set<string>;

  constructor(zip: JSZip) {
    this.taken = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  }

  /** `xl/worksheets/sheet7.xml`: the first free number for `folder` + `base`. */
  next(folder: string, base: string, extension = '.xml'): string {
    for (let n = 1; ; n++) {
      const name = `${folder}${base}${n}${extension}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** The first `rId<n>` not among `used`, which it then joins. */
export function nextRelId(used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
