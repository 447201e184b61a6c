// Child process of run-web.mjs (runs under node 24 from the tools cache, in a
// process group of its own so the parent can kill it and its browser).
// argv[2] = JSON options for @vscode/test-web runTests(); argv[3] = tools dir.
'use strict';
const path = require('path');
const { createRequire } = require('module');

const options = JSON.parse(process.argv[2]);
const toolRequire = createRequire(path.join(process.argv[3], 'package.json'));
const { runTests } = toolRequire('@vscode/test-web');

runTests(options).then(
  () => { console.log('[web-child] test-web reported success'); process.exit(0); },
  (err) => { console.error(`[web-child] test-web reported failure: ${err && err.message ? err.message : err}`); process.exit(1); },
);
