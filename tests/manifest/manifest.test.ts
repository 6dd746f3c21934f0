/**
 * Offline checks of manifest.xml, the ones Office's validator and AppSource would reject a manifest for:
 * well-formed XML, GUID, string lengths, resource ids, https URLs, icons that exist at their declared
 * size, and a registered function for every ribbon FunctionName.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';

// xml2js (a dependency of office-addin-manifest) parses strictly: malformed XML is an error.
const { parseStringPromise } = require('xml2js') as {
  parseStringPromise(xml: string, options?: object): Promise<Record<string, XmlNode>>;
};

interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

interface Visited {
  name: string;
  path: string[];
  attrs: Record<string, string>;
  text: string;
}

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');

/** Every element of the parsed tree with its ancestry. */
function walk(name: string, node: unknown, path: string[] = []): Visited[] {
  if (typeof node === 'string') return [{ name, path, attrs: {}, text: node }];
  const n = node as XmlNode;
  const own: Visited = { name, path, attrs: n.$ ?? {}, text: n._ ?? '' };
  const children = Object.entries(n).flatMap(([key, value]) =>
    key === '$' || key === '_' ? [] : (value as unknown[]).flatMap((child) => walk(key, child, [...path, name])),
  );
  return [own, ...children];
}

let elements: Visited[];
let xml: string;

beforeAll(async () => {
  xml = readFileSync(MANIFEST, 'utf8');
  const doc = await parseStringPromise(xml);
  elements = walk('OfficeApp', doc.OfficeApp);
});

const named = (name: string) => elements.filter((e) => e.name === name);
/** The entries of a resource group such as `bt:ShortStrings`. */
const resources = (group: string) => elements.filter((e) => e.path.at(-1) === group);

describe('manifest.xml', () => {
  it('is a well-formed TaskPaneApp with a GUID id and the Russian locale', async () => {
    await expect(parseStringPromise(xml.replace('</Hosts>', ''))).rejects.toThrow();
    expect(named('OfficeApp')[0].attrs['xsi:type']).toBe('TaskPaneApp');
    expect(named('Id')[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(named('DefaultLocale')[0].text).toBe('ru-RU');
  });

  it('keeps display strings within the lengths Office accepts', () => {
    expect(named('DisplayName')[0].attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(named('Description')[0].attrs.DefaultValue.length).toBeLessThanOrEqual(250);
    const short = resources('bt:ShortStrings');
    const long = resources('bt:LongStrings');
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBeGreaterThan(0);
    for (const s of short) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of long) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('resolves every resid to a declared resource of at most 32 characters', () => {
    const declared = new Set(
      ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((k) => resources(k).map((r) => r.attrs.id)),
    );
    const used = elements.map((e) => e.attrs.resid).filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) {
      expect(resid.length).toBeLessThanOrEqual(32);
      expect(declared).toContain(resid);
    }
  });

  it('uses only https URLs', () => {
    const urls = [
      ...elements.map((e) => e.attrs.DefaultValue).filter((v) => v && /^[a-z]+:\/\//i.test(v)),
      ...named('AppDomain').map((e) => e.text),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('points every icon at a PNG in assets/ of the declared size', () => {
    const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);
    const images = new Map(resources('bt:Images').map((r) => [r.attrs.id, r.attrs.DefaultValue]));
    const fileOf = (url: string) => join(ROOT, new URL(url).pathname);
    for (const use of named('bt:Image').filter((e) => e.attrs.resid)) {
      const file = fileOf(images.get(use.attrs.resid) as string);
      expect(existsSync(file)).toBe(true);
      expect(pngWidth(file)).toBe(Number(use.attrs.size));
    }
    expect(pngWidth(fileOf(named('IconUrl')[0].attrs.DefaultValue))).toBe(32);
    expect(pngWidth(fileOf(named('HighResolutionIconUrl')[0].attrs.DefaultValue))).toBe(64);
  });

  it('registers every ribbon FunctionName with Office.actions.associate in src/commands', () => {
    const dir = join(ROOT, 'src', 'commands');
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const functions = named('FunctionName').map((e) => e.text.trim());
    expect(functions).toEqual(['recalculate']);
    for (const fn of functions) expect(code).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*['"]${fn}['"]`));
  });

  it('declares ExcelApi 1.7 at the top level only and no shared runtime', () => {
    const requirements = named('Requirements');
    expect(requirements).toHaveLength(1);
    expect(requirements[0].path).toEqual(['OfficeApp']);
    const set = named('Set')[0].attrs;
    expect(set).toEqual({ Name: 'ExcelApi', MinVersion: '1.7' });
    expect(xml).not.toMatch(/SharedRuntime|<Runtimes/);
  });
});
