/** Entry point of the `coursework-roles` command (bundled to dist/cli.cjs). */
import { run } from './run.js';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = run(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(`${text}\n`),
  Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
);
process.exitCode = code;
