// The standard @vscode/test-electron runner over the same extension-host
// suites, for contributors whose machines can download VS Code:
//   npm run test:electron
// Not part of `npm test` here: this machine cannot reach VS Code's download
// servers (test/host runs the same suites in code-server instead).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const copy = mkdtempSync(join(tmpdir(), 'coursework-roles-electron-'));
const workspace = join(copy, 'workspace');
cpSync(join(root, 'test/integration/workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/integration/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
  console.log('test:electron: every extension-host test passed');
} catch (error) {
  console.error(`test:electron: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
