// Builds the bundles: the CLI (node), and later the extension (node and browser).
// `node esbuild.mjs` builds minified bundles with external source maps; `--dev` skips minifying.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dev = process.argv.includes('--dev');

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { VERSION: JSON.stringify(pkg.version) },
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Some dependencies read import.meta.url, which a CommonJS bundle lacks.
  define: { ...common.define, 'import.meta.url': 'importMetaUrl', PACKAGE_ROOT: '"../"' },
  banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The remark plugin for unified users: ESM, dependencies left to the user's install.
await build({
  ...common,
  entryPoints: ['src/core/plugin.ts'],
  outfile: 'dist/remark.mjs',
  platform: 'neutral',
  format: 'esm',
  packages: 'external',
  // The rule pages (docs/rules/) are found from this file: dist/ is one below the package root.
  define: { ...common.define, PACKAGE_ROOT: '"../"' },
});

// The extension: one activation for the node host and the browser (vscode.dev) host.
// The rule pages are bundled as text, so the help opens offline in every host (vscode.dev too).
const extension = { ...common, entryPoints: ['src/vscode/extension.ts'], external: ['vscode'], format: 'cjs', loader: { '.md': 'text' } };
await build({ ...extension, outfile: 'dist/extension.cjs', platform: 'node', target: 'node20' });
// A web worker has no DOM: prefer packages' "worker" builds (decode-named-character-reference's
// "browser" build needs `document`).
await build({ ...extension, outfile: 'dist/extension.browser.cjs', platform: 'browser', target: 'es2022', conditions: ['worker', 'browser'] });

// The extension-host tests (node host): `vscode` and mocha come from the host at run time.
await build({
  ...common,
  minify: false,
  entryPoints: ['test/integration/index.node.ts'],
  outfile: 'out/test/integration/index.cjs',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'mocha'],
});

// The same shared suite for the web worker, with mocha's browser build in front
// (its UMD wrapper must not see this bundle's `module`, so it sets globalThis.mocha).
const mochaBrowser = readFileSync(new URL('./node_modules/mocha/mocha.js', import.meta.url), 'utf8');
await build({
  ...common,
  minify: false,
  sourcemap: false,
  entryPoints: ['test/integration/index.web.ts'],
  conditions: ['worker', 'browser'],
  outfile: 'out/test/integration/web.cjs',
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  external: ['vscode'],
  banner: { js: `(function (module, exports, define) {\n${mochaBrowser}\n}).call(globalThis, undefined, undefined, undefined);` },
});

// The core as one ES module for the benchmark (scripts/bench.mjs).
await build({ ...common, minify: false, sourcemap: false, entryPoints: ['src/core/index.ts'], outfile: 'out/bench/core.mjs', platform: 'node', target: 'node20', format: 'esm' });
