/**
 * The import rules of each folder's README are enforced by eslint (`no-restricted-imports` in
 * eslint.config.js): a forbidden import in a folder fails lint, an allowed one passes. Outside the engine, the
 * engine is reached only through its public API (`src/engine/index.ts`).
 */
import { Linter } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
// The project's own flat config, as `npx eslint` loads it (ESLint's loader needs ESM, which jest lacks).
const config = require(join(root, 'eslint.config.js')) as Linter.Config[];
const linter = new Linter({ cwd: root });

/** Messages of the import rule for `code` placed at `file`. */
async function importErrors(file: string, code: string): Promise<string[]> {
  const messages = linter.verify(code, config, { filename: join(root, file) });
  return messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('folder boundaries', () => {
  it('refuses React, Node and the adapters inside the engine', async () => {
    expect(await importErrors('src/engine/flags/x.ts', "import { useState } from 'react';\nexport const s = useState;\n")).toEqual([
      expect.stringContaining('src/engine is pure TypeScript'),
    ]);
    expect(await importErrors('src/engine/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toHaveLength(1);
    expect(await importErrors('src/engine/output/x.ts', "import type { WorkbookPort } from '../../workbook/port';\nexport type P = WorkbookPort;\n")).toHaveLength(1);
  });

  it('refuses the pane inside the adapters, and the CLI inside a front end', async () => {
    expect(await importErrors('src/workbook/officejs/x.ts', "import { S } from '../../taskpane/strings';\nexport const s = S;\n")).toHaveLength(1);
    expect(await importErrors('src/taskpane/x.ts', "import { main } from '../cli/main';\nexport const m = main;\n")).toHaveLength(1);
  });

  it('lets the adapters and front ends use the engine through its public API', async () => {
    const api = (path: string) => `import { recalculate } from '${path}';\nexport const r = recalculate;\n`;
    expect(await importErrors('src/workbook/x.ts', api('../engine'))).toEqual([]);
    expect(await importErrors('src/workbook/package/x.ts', api('../../engine/index'))).toEqual([]);
    expect(await importErrors('src/taskpane/components/x.tsx', api('../../engine'))).toEqual([]);
    expect(await importErrors('src/cli/x.ts', api('../engine'))).toEqual([]);
  });

  it('refuses deep engine paths outside the engine, but not inside it or in tests', async () => {
    const deep = (path: string) => `import { ownedSheetName } from '${path}';\nexport const o = ownedSheetName;\n`;
    for (const file of ['src/workbook/x.ts', 'src/taskpane/x.ts', 'src/commands/x.ts', 'src/standalone/x.ts', 'src/cli/x.ts']) {
      expect(await importErrors(file, deep('../engine/owned'))).toEqual([expect.stringContaining('public API src/engine/index.ts')]);
    }
    expect(await importErrors('src/workbook/officejs/x.ts', "import type { SheetGrid } from '../../engine/model';\nexport type G = SheetGrid;\n")).toHaveLength(1);
    expect(await importErrors('src/taskpane/components/x.tsx', deep('../../engine/output/summary'))).toHaveLength(1);
    expect(await importErrors('src/engine/output/x.ts', deep('../owned'))).toEqual([]);
    expect(await importErrors('tests/unit/x.test.ts', deep('../../src/engine/owned'))).toEqual([]);
  });
});
