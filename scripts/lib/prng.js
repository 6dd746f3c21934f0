/**
 * Seeded pseudo-random numbers for the generators (mulberry32): the same seed gives the same workbook,
 * so fixtures are reproducible without committing hand-edited binaries. Math.random is never used.
 */
'use strict';

/** A generator of floats in [0, 1) from a 32-bit seed, with small helpers for drawing counts. */
function createRng(seed) {
  let state = seed >>> 0;
  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return {
    next,
    /** Uniform float in [lo, hi). */
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    /** Uniform integer in [lo, hi], both inclusive. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** One element of a non-empty array. */
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

module.exports = { createRng };
