// Worker for regex.test.ts: runs each pattern against long strings made to
// make a backtracking pattern work hard (runs of its own characters and a few
// common ones, then a character that fails the match). It posts
// { started } before each pattern, then { slow } or, at the end, { runs }.
import { parentPort, workerData } from 'node:worker_threads';

const { patterns, length, boundMs } = workerData;
const META = new Set('^$()[]{}*+?|.');

function inputsFor(source) {
  const own = [...new Set(source.replace(/\\u\{?[\da-f]+\}?|\\./giu, '').split(''))].filter((c) => !META.has(c));
  const chars = [...new Set([...own, ' ', '\t', '\n', 'a', 'Z', '0', '-', "'", '\u2019', '\\', '$', '{', '}', ':'])];
  const inputs = [];
  for (const a of chars) {
    for (const tail of ['', '\u0001', '!']) inputs.push(a.repeat(length) + tail);
    for (const b of chars) if (a < b) inputs.push((a + b).repeat(length / 2) + '\u0001');
  }
  return inputs;
}

let runs = 0;
for (const { where, source, flags } of patterns) {
  const re = new RegExp(source, flags);
  parentPort.postMessage({ started: where });
  for (const input of inputsFor(source)) {
    const start = performance.now();
    if (re.global) input.replace(re, '');
    else input.split(re);
    re.test(input);
    const ms = performance.now() - start;
    runs++;
    if (ms >= boundMs) {
      parentPort.postMessage({ slow: `${where} took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 6))}… (${input.length} chars)` });
      process.exit(0);
    }
  }
}
parentPort.postMessage({ runs });
