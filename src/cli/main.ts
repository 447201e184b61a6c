/** Entry point of the `coursework-roles` command (bundled to dist/cli.cjs), and of its worker threads. */
import { isPoolWorker, serveAsWorker } from './pool.js';
import { loadChecker, run } from './run.js';

if (isPoolWorker()) {
  serveAsWorker(loadChecker);
} else {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  let shownAt = 0;
  const progress = process.stderr.isTTY
    ? (done: number, total: number): void => {
        // One line, rewritten in place at most ten times a second, and cleared at the end.
        if (done === total) process.stderr.write('\r\u001b[K');
        else if (performance.now() - shownAt >= 100) {
          shownAt = performance.now();
          process.stderr.write(`\rcoursework-roles: checked ${done} of ${total} files`);
        }
      }
    : undefined;

  void run(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(`${process.stderr.isTTY ? '\r\u001b[K' : ''}${text}\n`),
    Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
    { workerScript: __filename, ...(progress ? { progress } : {}) },
  ).then((code) => {
    process.exitCode = code;
  });
}
