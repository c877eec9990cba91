// Writes the golden FSRS-6 vectors that FsrsReferenceTest replays through the Java scheduler.
// The reference is ts-fsrs (pinned in package.json) with the options the tracker uses:
// long-term scheduling only (no same-day learning steps), no fuzz, default weights.
// Deterministic: a seeded PRNG picks the grades and review times, so a rerun rewrites the
// same file byte for byte (check with `git diff --stat` after regenerating).
import { writeFileSync } from 'node:fs'
import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs'

const OUT = new URL('../resources/dev/tracker/fsrs/vectors.tsv', import.meta.url)
const MINUTE = 60_000
const DAY = 86_400_000
const YEAR = 365 * DAY
const LAST_DATE = Date.UTC(2400, 0, 1) // keeps ISO dates at four-digit years

// mulberry32: tiny, seedable, and good enough to spread cases around.
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = prng(20240601)
const pick = (items) => items[Math.floor(random() * items.length)]
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1))

const schedulers = new Map()
function schedulerFor(retention, maxInterval) {
  const key = `${retention}/${maxInterval}`
  if (!schedulers.has(key)) {
    schedulers.set(key, fsrs(generatorParameters({
      request_retention: retention, maximum_interval: maxInterval,
      enable_short_term: false, enable_fuzz: false,
    })))
  }
  return schedulers.get(key)
}

// When the next review happens, relative to the card's last review and due date.
const TIMINGS = {
  sameMinute: (card) => card.last_review.getTime(),
  sameDay: (card) => card.last_review.getTime() + between(1, 600) * MINUTE,
  nextDay: (card) => card.last_review.getTime() + DAY + between(-120, 120) * MINUTE,
  early: (card) => card.last_review.getTime() + Math.floor(random() * (card.due - card.last_review)),
  onTime: (card) => card.due.getTime(),
  onTimePlusHours: (card) => card.due.getTime() + between(1, 23) * 60 * MINUTE,
  late: (card) => card.due.getTime() + Math.floor(random() * 3 * (card.due - card.last_review)),
  veryLate: (card) => card.last_review.getTime() + 10 * (card.due - card.last_review),
  years: (card) => card.due.getTime() + between(1, 6) * YEAR + between(0, DAY),
}
const ALL_TIMINGS = Object.keys(TIMINGS)

const rows = []
let sequences = 0

// Replays one sequence of (timing, grade) steps from a new card created at `start`.
function sequence(retention, maxInterval, start, steps) {
  const f = schedulerFor(retention, maxInterval)
  const id = ++sequences
  let card = createEmptyCard(new Date(start))
  steps.forEach(([timing, grade], index) => {
    const at = index === 0 ? new Date(start) : new Date(timing(card))
    if (at.getTime() > LAST_DATE) return
    const retrievability = f.get_retrievability(card, at, false)
    const { card: next, log } = f.next(card, at, grade)
    rows.push([id, index + 1, retention, maxInterval, at.toISOString(), grade,
      log.elapsed_days, retrievability, next.due.toISOString(), next.stability,
      next.difficulty, next.reps, next.lapses, next.state, next.scheduled_days].join('\t'))
    card = next
  })
}

const randomStart = () => Date.UTC(between(2000, 2030), between(0, 11), between(1, 28),
  between(0, 23), between(0, 59), between(0, 59), between(0, 999))
const randomSteps = (count, grades, timings = ALL_TIMINGS) =>
  Array.from({ length: count }, () => [TIMINGS[pick(timings)], pick(grades)])
const at = (iso) => () => Date.parse(iso)

// Hand-picked edges first, so that their sequence ids stay put when the random part grows.
// UTC midnight between two reviews two minutes apart: one elapsed day.
sequence(0.9, 36500, Date.parse('2024-03-09T23:59:00Z'), [[null, 3], [at('2024-03-10T00:01:00Z'), 3], [at('2024-03-10T23:59:00Z'), 1]])
// Almost 24 hours apart but on the same UTC day: zero elapsed days.
sequence(0.9, 36500, Date.parse('2024-03-09T00:01:00Z'), [[null, 3], [at('2024-03-09T23:59:59.999Z'), 3], [at('2024-03-10T00:00:00Z'), 4]])
// A leap day and the turn of a year.
sequence(0.9, 36500, Date.parse('2024-02-28T12:00:00Z'), [[null, 2], [at('2024-02-29T12:00:00Z'), 3], [at('2024-12-31T23:59:59Z'), 3], [at('2025-01-01T00:00:00Z'), 1]])
// Each first grade alone, at every tested retention.
for (const retention of [0.9, 0.8, 0.95, 0.7, 0.97]) {
  for (const grade of [1, 2, 3, 4]) sequence(retention, 36500, Date.parse('2024-01-01T08:00:00Z'), [[null, grade]])
}
// Long lapse chains: again after again, at all sorts of delays, then recovery.
for (let i = 0; i < 30; i++) {
  sequence(pick([0.9, 0.8, 0.95]), 36500, randomStart(),
    [...randomSteps(between(2, 5), [3, 4]), ...randomSteps(between(5, 15), [1]), ...randomSteps(5, [2, 3, 4])])
}
// Easy and good chains that run into the maximum interval (and the stability ceiling).
for (let i = 0; i < 30; i++) {
  sequence(pick([0.9, 0.7, 0.8]), pick([36500, 365, 100, 3650]), randomStart(),
    randomSteps(between(10, 25), i % 2 ? [4] : [3, 4], ['onTime', 'late', 'veryLate', 'onTimePlusHours']))
}
// Same-day and early reviews only: elapsed days 0 or a fraction of the interval.
for (let i = 0; i < 40; i++) {
  sequence(pick([0.9, 0.8, 0.95]), 36500, randomStart(),
    randomSteps(between(5, 15), [1, 2, 3, 4], ['sameMinute', 'sameDay', 'nextDay', 'early']))
}
// Very late and years late reviews.
for (let i = 0; i < 40; i++) {
  sequence(pick([0.9, 0.8, 0.95, 0.7]), 36500, randomStart(),
    randomSteps(between(3, 10), [1, 2, 3, 4], ['veryLate', 'years', 'late']))
}
// Everything mixed, at every tested retention.
for (let i = 0; i < 300; i++) {
  sequence(pick([0.9, 0.9, 0.8, 0.95, 0.7, 0.97]), pick([36500, 36500, 36500, 365]), randomStart(),
    randomSteps(between(3, 25), [1, 2, 3, 3, 3, 4]))
}

const header = ['#seq', 'step', 'retention', 'max_interval', 'review_at', 'grade', 'elapsed_days',
  'retrievability_before', 'due', 'stability', 'difficulty', 'reps', 'lapses', 'state', 'scheduled_days']
writeFileSync(OUT, [
  '# Golden FSRS-6 vectors from ts-fsrs 5.4.2 (enable_short_term=false, enable_fuzz=false, default w).',
  '# Regenerate: cd src/test/fsrs && npm ci && node generate-vectors.mjs. Do not edit by hand.',
  header.join('\t'), ...rows, ''].join('\n'))
console.log(`${sequences} sequences, ${rows.length} steps -> ${OUT.pathname}`)
