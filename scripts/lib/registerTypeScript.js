/**
 * Lets a plain-JS script `require` the project's TypeScript sources (transpile only, as webpack and jest
 * do), so scripts such as the preview build and the bench use the sources themselves, not a build.
 */
'use strict';
const fs = require('fs');

let registered = false;

function registerTypeScript() {
  if (registered) return;
  registered = true;
  const ts = require('typescript');
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
}

module.exports = { registerTypeScript };
