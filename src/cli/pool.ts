/**
 * Checks many files on every core: this thread and a pool of worker threads,
 * each with its own checker built from the same dataset files, running `checkFile` (the
 * function the main thread runs alone), with results handed back in the
 * files' order so the output is exactly what one thread prints.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Checker } from '../core/check.js';
import { checkFile, type FileJob, type FileResult, type RunSettings } from './check-file.js';

/** What a worker is started with. */
interface WorkerInit {
  configs: string[];
  settings: RunSettings;
}

/** A batch of files for a worker, by their index in the run. */
interface Task {
  first: number;
  jobs: FileJob[];
}

/** A worker's answer: the results of a batch, or why it stopped. */
type Reply = { ready: true } | { first: number; results: FileResult[] } | { first: number; error: string };

/**
 * Below this many files one thread is as fast or faster: starting a worker
 * (loading the bundle, indexing the dataset) costs about a quarter of a
 * second of CPU on an idle machine and far more on a busy one, the time of a
 * few dozen answers. Measured in README, "Performance".
 */
export const PARALLEL_THRESHOLD = 40;

/**
 * How many threads to use for `files` files when `--jobs` is `requested`
 * (0: the default). By default one core is left to V8's own background
 * threads (concurrent garbage collection and compilation), which already
 * give one thread about 1.5 cores of work. Each thread compiles the hot
 * code again for itself (about half the CPU of 1,000 answers), so measured on
 * 2 cores a second checking thread made 1,000 answers slower (README,
 * "Performance"): on 2 cores the default is one thread, and on N cores N - 1.
 */
export function threadsFor(files: number, requested: number): number {
  const cores = requested > 0 ? requested : availableParallelism() - 1;
  if (cores <= 1 || (requested === 0 && files < PARALLEL_THRESHOLD)) return 1;
  return Math.min(cores, Math.ceil(files / 2));
}

/** Files per message: small enough to share the work out evenly, large enough that messages cost little. */
const BATCH = 4;

/**
 * Checks `jobs` on `threads` threads (this one and `threads - 1` workers),
 * calling `onResult` for each file in order.
 *
 * Workers ask for work when they are ready, so one slow to start holds no
 * files back; when nothing is left to hand out, this thread also checks the
 * batches still out with workers, in order, and whichever result comes first
 * is taken (checking is deterministic, so both are the same). A run is thus
 * never much slower than one thread, even on a busy machine.
 *
 * Rejects on an internal error in a worker (a bug: files that cannot be
 * read or converted are results, not errors).
 */
export function checkInWorkers(
  script: string,
  jobs: readonly FileJob[],
  threads: number,
  init: WorkerInit,
  local: (job: FileJob) => Promise<FileResult>,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const results: (FileResult | undefined)[] = new Array(jobs.length);
    let next = 0; // the next file to hand out
    let emitted = 0; // files passed to onResult so far
    let finished = false;
    const workers: Worker[] = [];
    /** Batches handed to a worker and not yet back, by their first file. */
    const out = new Map<number, Task>();
    const stop = (error?: Error): void => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const store = (first: number, batch: readonly FileResult[]): void => {
      if (first < emitted || results[first]) return; // this thread was quicker
      out.delete(first);
      batch.forEach((r, i) => (results[first + i] = r));
      while (emitted < jobs.length && results[emitted]) {
        onResult(emitted, results[emitted]!);
        results[emitted] = undefined;
        emitted++;
      }
      if (emitted === jobs.length) stop();
    };
    const take = (): Task | undefined => {
      if (next >= jobs.length) return undefined;
      const first = next;
      next = Math.min(jobs.length, next + BATCH);
      return { first, jobs: jobs.slice(first, next) };
    };
    const feed = (worker: Worker): void => {
      const task = take();
      if (!task) return;
      out.set(task.first, task);
      worker.postMessage(task);
    };
    for (let t = 1; t < threads; t++) {
      const worker = new Worker(script, { workerData: { courseworkRolesWorker: init } });
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if (finished) return;
        if ('ready' in reply) {
          // Two batches ahead, so a worker is never idle while this thread is busy with its own.
          feed(worker);
          feed(worker);
          return;
        }
        if ('error' in reply) {
          stop(new Error(reply.error));
          return;
        }
        store(reply.first, reply.results);
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (!finished && code !== 0) stop(new Error(`a worker thread stopped (exit code ${code})`));
      });
    }
    // This thread checks files too, yielding between batches so that workers' replies are taken.
    void (async () => {
      try {
        while (!finished) {
          const task = take() ?? [...out.values()].sort((a, b) => a.first - b.first)[0];
          if (!task) break;
          out.delete(task.first);
          const batch: FileResult[] = [];
          for (const job of task.jobs) batch.push(await local(job));
          store(task.first, batch);
          await new Promise((done) => setImmediate(done));
        }
      } catch (error) {
        stop(error as Error);
      }
    })();
  });
}

/** Whether this thread is a pool worker (started by `checkInWorkers`). */
export function isPoolWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && 'courseworkRolesWorker' in workerData;
}

/** The worker's side: builds its checker once, then checks batches until it is terminated. */
export function serveAsWorker(makeChecker: (configs: readonly string[]) => Checker): void {
  const init = (workerData as { courseworkRolesWorker: WorkerInit }).courseworkRolesWorker;
  const checker = makeChecker(init.configs);
  parentPort!.postMessage({ ready: true } satisfies Reply);
  parentPort!.on('message', (task: Task) => {
    void (async () => {
      try {
        const results: FileResult[] = [];
        for (const job of task.jobs) results.push(await checkFile(job, checker, init.settings));
        parentPort!.postMessage({ first: task.first, results } satisfies Reply);
      } catch (error) {
        parentPort!.postMessage({ first: task.first, error: (error as Error).message ?? String(error) } satisfies Reply);
      }
    })();
  });
}
