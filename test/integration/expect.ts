/**
 * Assertions and waits shared by the node and web extension-host suites:
 * node's `assert` does not exist in the web worker.
 */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message ? `${message}: ` : ''}expected ${e}\n  but got ${a}`);
}

/** Waits until `probe` gives a truthy value, polling on a short interval; fails after `ms`. */
export async function until<T>(probe: () => T | Promise<T>, what: string, ms = 15000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
