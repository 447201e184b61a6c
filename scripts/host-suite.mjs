// Runs one real-VS-Code suite on a fresh copy of the test workspace:
//   node scripts/host-suite.mjs node   mocha in code-server's node extension host
//   node scripts/host-suite.mjs web    the shared suite in VS Code for the web (browser build)
//   node scripts/host-suite.mjs ui     the packaged .vsix driven through the UI by Playwright
// Needs `bash test/host/setup.sh` (npm test runs it) and `npm run build`.
// The runner's last line, `N passed, N failed`, is passed through.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const kind = process.argv[2];
const cache = process.env.HOST_CACHE ?? join(root, '.host-cache');
if (!existsSync(join(cache, 'env.json'))) {
  console.log(`The real-VS-Code tools are not set up (${join(cache, 'env.json')} is missing): run bash test/host/setup.sh.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const copy = mkdtempSync(join(tmpdir(), `coursework-roles-${kind}-`));
const workspace = join(copy, 'workspace');
cpSync(join(root, 'test/integration/workspace'), workspace, { recursive: true });
// The fixture answers and examples too, for the suite that applies every quick fix to each.
for (const dir of ['test/fixtures/answers', 'examples']) {
  for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.md'))) cpSync(join(root, dir, f), join(workspace, 'fixtures', f));
}

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
let status;
try {
  if (kind === 'node') {
    status = run(['test/host/run-extension-host.mjs', '--extension', root, '--tests', join(root, 'out/test/integration/index.cjs'), '--workspace', workspace, '--timeout', '240']);
  } else if (kind === 'web') {
    status = run(['test/host/run-web.mjs', '--extension', root, '--tests', join(root, 'out/test/integration/web.cjs'), '--workspace', workspace, '--timeout', '180']);
  } else if (kind === 'ui') {
    const vsix = join(root, 'out/coursework-roles.vsix');
    const pack = spawnSync('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, encoding: 'utf8' });
    if (pack.status !== 0) {
      console.log(`packaging the .vsix failed:\n${pack.stdout}${pack.stderr}\n0 passed, 1 failed`);
      status = 1;
    } else {
      status = run(['test/ui/scenario.mjs', '--vsix', vsix, '--workspace', workspace, '--shots', join(root, 'out/screenshots'), '--timeout', '180']);
    }
  } else {
    console.log('usage: node scripts/host-suite.mjs node|web|ui\n0 passed, 1 failed');
    status = 2;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
process.exitCode = status;
