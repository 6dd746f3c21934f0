/** Timing helpers for the benchmark: wall-clock milliseconds of a (possibly async) call, and medians. */
'use strict';

/** Runs `fn` and returns `{ ms, value }`. */
async function timeIt(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time of `runs` calls of `fn`, rounded to 0.1 ms. */
async function medianMs(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await timeIt(fn)).ms);
  return Math.round(median(times) * 10) / 10;
}

module.exports = { timeIt, median, medianMs };
