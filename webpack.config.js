/**
 * Builds the add-in pages into dist/: the task pane (an ES5 boot script that loads the React pane as a
 * separate chunk), the ribbon function file and its notice dialog, and the standalone offline page
 * (one HTML file with the engine and ExcelJS inlined). `--env preview` adds the browser
 * preview (the pane against the sample district held in the Excel simulator). Office.js is copied from
 * node_modules and served locally: no CDN, the machines this runs on may have no network.
 */
'use strict';
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, sources } = require('webpack');

const DEV_PORT = 3000;

/** Files that run on old webviews (Trident/EdgeHTML) before anything else: compiled down to ES5. */
const ES5_FILES = ['boot.ts', 'oldWebview.ts', 'strings.ts'].map((f) => path.resolve(__dirname, 'src/taskpane', f));

const tsLoader = (target) => ({
  loader: 'ts-loader',
  options: {
    transpileOnly: true,
    compilerOptions: {
      target,
      module: 'esnext',
      moduleResolution: 'bundler',
      sourceMap: true,
      // TypeScript 6 deprecates the ES5 target (TypeScript 7 drops it); the boot screen still needs it.
      ...(target === 'ES5' ? { ignoreDeprecations: '6.0' } : {}),
    },
  },
});

async function devServer() {
  // Only `webpack serve` (npm run dev-server / npm start) needs the trusted localhost certificate.
  if (!process.env.WEBPACK_SERVE) return undefined;
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    static: { directory: path.resolve(__dirname, 'dist') },
  };
}

/**
 * Copies files into the output as webpack assets (so `webpack serve` serves them from memory too).
 * copy-webpack-plugin would do, but in this node_modules its option validation cannot load
 * (ajv-keywords 5 is hoisted beside eslint's ajv 6).
 */
class CopyFilesPlugin {
  /** @param {{ from: string, to: string, skip?: RegExp }[]} patterns directories or files, relative to the root */
  constructor(patterns) {
    this.patterns = patterns;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { from, to, skip } of this.patterns) {
          const walk = (abs, rel) => {
            if (skip && skip.test(rel)) return;
            if (fs.statSync(abs).isDirectory()) {
              compilation.contextDependencies.add(abs);
              for (const name of fs.readdirSync(abs)) walk(path.join(abs, name), rel ? `${rel}/${name}` : name);
              return;
            }
            compilation.fileDependencies.add(abs);
            compilation.emitAsset(rel ? `${to}/${rel}` : to, new sources.RawSource(fs.readFileSync(abs)));
          };
          walk(path.resolve(__dirname, from), '');
        }
      });
    });
  }
}

/**
 * Makes the standalone page one self-contained file: the `standalone` bundle is inlined into
 * `opora-standalone.html` and not emitted on its own, so the page can be mailed or put on a flash drive
 * and opened with no server and no network.
 */
class InlineStandalonePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineStandalonePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineStandalonePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const script = compilation.getAsset('standalone.js');
        if (!script) return;
        const template = path.resolve(__dirname, 'src/standalone/standalone.html');
        compilation.fileDependencies.add(template);
        // `</script` inside the bundle would end the inline script early.
        const code = script.source.source().toString().replace(/<\/script/gi, '<\\/script');
        const html = fs.readFileSync(template, 'utf8').replace('</body>', () => `<script>${code}</script>\n</body>`);
        compilation.emitAsset('opora-standalone.html', new sources.RawSource(html));
        compilation.deleteAsset('standalone.js');
        if (compilation.getAsset('standalone.js.map')) compilation.deleteAsset('standalone.js.map');
      });
    });
  }
}

const ICONS = fs.readdirSync(path.resolve(__dirname, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f));

const page = (filename, template, chunks) =>
  new HtmlWebpackPlugin({ filename, template: path.resolve(__dirname, template), chunks, scriptLoading: 'defer' });

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = Boolean(env.preview);
  return {
    // The runtime webpack emits must parse on old webviews too, so the boot screen can show.
    target: ['web', 'es5'],
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/boot.ts',
      commands: './src/commands/commands.ts',
      notice: './src/commands/noticePage.ts',
      standalone: './src/standalone/main.ts',
      ...(preview ? { preview: './src/taskpane/preview/boot.ts' } : {}),
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: { keep: /^(node|preview-data)\// },
    },
    // `./main.js` in TypeScript sources (node16 resolution) means the .ts/.tsx file.
    resolve: { extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
    module: {
      rules: [
        { test: /\.tsx?$/, include: ES5_FILES, use: tsLoader('ES5') },
        { test: /\.tsx?$/, exclude: [/node_modules/, ...ES5_FILES], use: tsLoader('ES2020') },
      ],
    },
    plugins: [
      page('taskpane.html', 'src/taskpane/taskpane.html', ['taskpane']),
      page('commands.html', 'src/commands/commands.html', ['commands']),
      page('notice.html', 'src/commands/notice.html', ['notice']),
      ...(preview ? [page('preview.html', 'src/taskpane/preview/preview.html', ['preview'])] : []),
      new InlineStandalonePlugin(),
      new CopyFilesPlugin([
        // Debug builds are half of the package and never loaded by office.js itself.
        { from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', skip: /\.debug\.js$/ },
        ...ICONS.map((icon) => ({ from: `assets/${icon}`, to: `assets/${icon}` })),
      ]),
    ],
    performance: { hints: false },
    devServer: await devServer(),
  };
};
