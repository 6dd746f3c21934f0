/**
 * Which parts of a package point at which (from every `.rels` part), so deleting one of Opora's sheets
 * takes its drawing, chart and any other part only it used along with it — and nothing another part
 * still refers to. Part names compare case-insensitively, as OPC requires.
 */
import type JSZip from 'jszip';
import { findEntry, partText } from './packageZip';
import { parseRelationships, relsPathOf, type Relationship } from './relationships';

const RELS = /(^|\/)_rels\/([^/]*)\.rels$/;

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; `_rels/.rels` → ''. */
function sourceOf(relsPart: string): string {
  return relsPart.replace(RELS, (_, slash: string, name: string) => `${slash}${name}`);
}

const key = (part: string) => part.toLowerCase();

export class PartGraph {
  private readonly rels = new Map<string, Relationship[]>();
  private readonly refs = new Map<string, number>();
  readonly deleted: string[] = [];

  private constructor(private readonly zip: JSZip) {}

  static async load(zip: JSZip): Promise<PartGraph> {
    const graph = new PartGraph(zip);
    for (const name of Object.keys(zip.files).filter((n) => RELS.test(n) && !zip.files[n].dir)) {
      const source = sourceOf(name);
      const rels = parseRelationships(source, await partText(zip, name)).filter((r) => !r.external);
      graph.rels.set(key(source), rels);
      for (const r of rels) graph.refs.set(key(r.part), (graph.refs.get(key(r.part)) ?? 0) + 1);
    }
    return graph;
  }

  /** Forgets one reference to `part` (a relationship about to be removed from a part that stays). */
  unreference(part: string): void {
    this.refs.set(key(part), (this.refs.get(key(part)) ?? 1) - 1);
  }

  /** Deletes `part` and then every part only it referred to. */
  delete(part: string): void {
    const entry = findEntry(this.zip, part);
    if (entry) {
      this.zip.remove(entry.name);
      this.deleted.push(entry.name);
    }
    this.deleteChildren(part);
  }

  /** Deletes the `.rels` of `part` and every part only it referred to; `part` itself stays. */
  deleteChildren(part: string): void {
    const rels = this.rels.get(key(part));
    if (!rels) return;
    this.rels.delete(key(part));
    const relsEntry = findEntry(this.zip, relsPathOf(part));
    if (relsEntry) this.zip.remove(relsEntry.name);
    for (const r of rels) {
      this.unreference(r.part);
      if ((this.refs.get(key(r.part)) ?? 0) <= 0) this.delete(r.part);
    }
  }
}
