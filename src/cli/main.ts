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

  const progress = process.stderr.isTTY
    ? (done: number, total: number): void => {
        // One line, rewritten in place, and cleared at the end.
        process.stderr.write(done < total ? `\rcoursework-roles: checked ${done} of ${total} files` : '\r\u001b[K');
      }
    : undefined;

  void run(
    process.argv.slice(2),
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${process.stderr.isTTY ? '\r\u001b[K' : ''}${text}\n`),
    Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
    { workerScript: __filename, ...(progress ? { progress } : {}) },
  ).then((code) => {
    process.exitCode = code;
  });
}
