// Checks `plan expand --format ics` with an independent iCalendar parser (ical.js, pinned
// in package.json beside this file): the raw lines (CRLF, at most 75 octets, no UTF-8
// sequence split by folding), every VEVENT (a unique UID, DTSTAMP, all-day DTSTART and
// DTEND), and the dates against `plan expand --format json` of the same plan, one event
// per JSON occurrence in the same order: DTSTART its date or first day, DTEND the day
// after its last day. A few occurrences checked by hand against the calendar are also
// looked up by date, and a filtered export must give the same UIDs as the full one.
// usage: node check_ics.mjs PLAN_BINARY PLAN_FILE
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';

const [plan, planFile] = process.argv.slice(2);
if (!plan || !planFile) {
  console.error('usage: node check_ics.mjs PLAN_BINARY PLAN_FILE');
  process.exit(2);
}
const run = (...args) => execFileSync(plan, ['expand', planFile, ...args], { maxBuffer: 64 << 20 });

// --- The raw bytes: CRLF line ends, 75-octet lines, whole UTF-8 sequences per line.
const raw = run('--format', 'ics');
assert.ok(raw.length > 0, 'no output');
assert.equal(raw.subarray(raw.length - 2).toString('latin1'), '\r\n', 'the last line does not end in CRLF');
const decoder = new TextDecoder('utf-8', { fatal: true });
let start = 0;
let physical = 0;
let folded = 0;
while (start < raw.length) {
  const lf = raw.indexOf(0x0a, start);
  assert.ok(lf > start && raw[lf - 1] === 0x0d, `physical line ${physical + 1}: no CRLF line end`);
  const line = raw.subarray(start, lf - 1);
  assert.ok(!line.includes(0x0d), `physical line ${physical + 1}: a bare CR`);
  assert.ok(line.length <= 75, `physical line ${physical + 1}: ${line.length} octets, more than 75`);
  // Folding must not split a sequence: each physical line is valid UTF-8 on its own.
  decoder.decode(line);
  if (line[0] === 0x20) folded++;
  physical++;
  start = lf + 1;
}
const text = raw.toString('utf8');
assert.equal(run('--format', 'ics').compare(raw), 0, 'two runs differ: the output is not reproducible');

// --- The parse.
const calendar = new ICAL.Component(ICAL.parse(text));
assert.equal(calendar.name, 'vcalendar');
assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
assert.ok(calendar.getFirstPropertyValue('prodid'), 'no PRODID');
const json = JSON.parse(run('--format', 'json').toString('utf8'));
assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), `${json.plan.school} ${json.plan.title}`);

const events = calendar.getAllSubcomponents('vevent');
const dateOf = (event, name) => {
  const prop = event.getFirstProperty(name);
  assert.ok(prop, `an event without ${name.toUpperCase()}`);
  assert.equal(prop.type, 'date', `${name.toUpperCase()} is a ${prop.type}, not a date`);
  const value = prop.getFirstValue();
  assert.ok(value.isDate, `${name.toUpperCase()} is not a DATE value`);
  return value;
};
const dayBefore = (time) => {
  const t = time.clone();
  t.adjust(-1, 0, 0, 0);
  return t.toString();
};
const uids = new Set();
const byUid = new Map();
for (const event of events) {
  const uid = event.getFirstPropertyValue('uid');
  assert.match(uid ?? '', /^[0-9a-f]{16}(-[0-9]+)?@plan$/, `bad UID ${uid}`);
  assert.ok(!uids.has(uid), `UID ${uid} is not unique`);
  uids.add(uid);
  assert.ok(event.getFirstProperty('dtstamp'), `${uid}: no DTSTAMP`);
  const dtstart = dateOf(event, 'dtstart');
  const dtend = dateOf(event, 'dtend');
  assert.ok(dtstart.compare(dtend) < 0, `${uid}: DTEND is not after DTSTART`);
  byUid.set(uid, { start: dtstart.toString(), last: dayBefore(dtend), summary: event.getFirstPropertyValue('summary') });
}

// --- Against the JSON of the same plan: one event per occurrence, in order.
const occurrences = json.occurrences;
assert.equal(events.length, occurrences.length, 'not one VEVENT per JSON occurrence');
occurrences.forEach((o, i) => {
  const event = events[i];
  const first = o.kind === 'window' ? o.start : o.date;
  const last = o.kind === 'window' ? o.end : o.date;
  const where = `occurrence ${i + 1} (${o.title}, ${first})`;
  assert.equal(event.getFirstPropertyValue('dtstart').toString(), first, `${where}: DTSTART`);
  assert.equal(dayBefore(event.getFirstPropertyValue('dtend')), last, `${where}: DTEND is not the day after ${last}`);
  const summary = event.getFirstPropertyValue('summary');
  assert.ok(summary.startsWith((o.kind === 'deadline' ? '截止：' : '') + o.title), `${where}: SUMMARY ${summary}`);
  // DESCRIPTION round-trips the escaping: the meaning has commas ("weekly on Tue, Thu").
  const description = event.getFirstPropertyValue('description') ?? '';
  assert.ok(description.includes(`${o.rule}（${o.meaning}）`), `${where}: DESCRIPTION lacks the rule`);
  if (o.kind === 'window') assert.match(description, /截止：\d+月\d+日 周./, `${where}: no due date`);
  if (o.moved) assert.ok(description.includes('原定'), `${where}: no move note`);
  const categories = event.getAllProperties('categories').flatMap((p) => p.getValues());
  assert.deepEqual(categories, o.tags, `${where}: CATEGORIES`);
});

// --- Occurrences checked by hand (国庆 2023: 9/29-10/6 off, 10/7 and 10/8 make-up days).
const find = (title, first, last) =>
  [...byUid.values()].filter((e) => e.summary.startsWith(title) && e.start === first && e.last === last);
const known = [
  ['提交简笔画一张', '2023-09-28', '2023-09-28'], // Friday 9/29 is a holiday: moved back a day
  ['习惯养成督导抽查', '2023-10-02', '2023-10-08'], // week 6, due on the make-up Sunday
  ['习惯养成督导例查', '2023-10-01', '2023-10-31'], // October's window
  ['安全演练（防踩踏、防震等）（1/2）', '2023-09-01', '2024-07-05'], // the year's window
  ['安全演练（防踩踏、防震等）（2/2）', '2023-09-01', '2024-07-05'],
];
for (const [title, first, last] of known) {
  assert.equal(find(title, first, last).length, 1, `no single event ${title} ${first}..${last}`);
}

// --- A filtered export gives the same UIDs and dates as the full one.
const week = new ICAL.Component(
  ICAL.parse(run('--format', 'ics', '--term', '1', '--week', '6', '--owner', '教务处').toString('utf8')),
);
const weekEvents = week.getAllSubcomponents('vevent');
assert.ok(weekEvents.length > 0, 'week 6 has no event');
for (const event of weekEvents) {
  const uid = event.getFirstPropertyValue('uid');
  const full = byUid.get(uid);
  assert.ok(full, `week 6's ${uid} is not in the full export`);
  assert.equal(event.getFirstPropertyValue('dtstart').toString(), full.start, `${uid}: DTSTART differs`);
}

console.log(
  `check_ics: ${events.length} events, ${uids.size} unique UIDs, ${physical} lines (${folded} folded), ` +
    `${known.length} hand-checked dates, ${weekEvents.length} week-6 UIDs as in the full export: ok`,
);
