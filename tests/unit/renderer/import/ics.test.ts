import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  IcsFileError,
  looksLikeIcs,
  parseIcs,
  type IcsRow,
} from '@renderer/features/import/formats/ics-parse'
import { localDayOf } from '@renderer/domain/dates'

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' }

/** A calendar as Google or Apple write one: CRLF lines, a VTIMEZONE, folded long lines. */
function calendar(...events: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')

const values = (rows: IcsRow[]) =>
  rows.map((row) => (row.value ? [row.value.start, row.value.end, row.value.label] : row.error))

describe('parseIcs', () => {
  it('reads an all-day event, its end day being exclusive as RFC 5545 says', () => {
    const rows = parseIcs(
      calendar(
        event(
          'UID:trip-1@example.com',
          'DTSTART;VALUE=DATE:20260302',
          'DTEND;VALUE=DATE:20260307',
          'SUMMARY:Work trip to Lyon',
        ),
      ),
      YEAR_2026,
    )
    expect(rows).toEqual([
      {
        line: 21,
        label: 'Work trip to Lyon',
        kind: 'blackout',
        value: {
          start: '2026-03-02',
          end: '2026-03-06',
          label: 'Work trip to Lyon',
          uid: 'trip-1@example.com',
          occurrences: 1,
        },
      },
    ])
  })

  it('reads a timed event in its own time zone as the local days it touches', () => {
    // 23:30 in Berlin on 14 May is 21:30 UTC: the local day depends on where the user is.
    const rows = parseIcs(
      calendar(
        event(
          'UID:late',
          'DTSTART;TZID=Europe/Berlin:20260514T233000',
          'DTEND;TZID=Europe/Berlin:20260515T003000',
          'SUMMARY:Late call',
        ),
      ),
      YEAR_2026,
    )
    expect(values(rows)).toEqual([
      [
        localDayOf(Date.UTC(2026, 4, 14, 21, 30)),
        localDayOf(Date.UTC(2026, 4, 14, 22, 29)),
        'Late call',
      ],
    ])
  })

  it('reads a zone the file does not describe through the IANA database', () => {
    const rows = parseIcs(
      calendar(
        event(
          'UID:tokyo',
          'DTSTART;TZID=Asia/Tokyo:20260610T080000',
          'DTEND;TZID=Asia/Tokyo:20260610T090000',
          'SUMMARY:Tokyo breakfast',
        ),
      ),
      YEAR_2026,
    )
    // 08:00 in Tokyo is 23:00 UTC the day before.
    expect(rows[0]?.value?.start).toBe(localDayOf(Date.UTC(2026, 5, 9, 23, 0)))
  })

  it('does not count the next day for an event ending at midnight', () => {
    const rows = parseIcs(
      calendar(
        event('UID:x', 'DTSTART:20260420T180000', 'DTEND:20260421T000000', 'SUMMARY:Evening'),
      ),
      YEAR_2026,
    )
    expect(values(rows)).toEqual([['2026-04-20', '2026-04-20', 'Evening']])
  })

  it('expands a weekly event with EXDATE and a moved occurrence, only inside the range', () => {
    const rows = parseIcs(
      calendar(
        event(
          'UID:choir',
          'DTSTART;TZID=Europe/Berlin:20260105T120000',
          'DTEND;TZID=Europe/Berlin:20260105T140000',
          'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6',
          'EXDATE;TZID=Europe/Berlin:20260112T120000',
          'SUMMARY:Choir',
        ),
        event(
          'UID:choir',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260119T120000',
          'DTSTART;TZID=Europe/Berlin:20260121T120000',
          'DTEND;TZID=Europe/Berlin:20260121T140000',
          'SUMMARY:Choir (moved)',
        ),
      ),
      { from: '2026-01-06', to: '2026-02-28' },
    )
    // 5 Jan is before the range, 12 Jan is excluded, 19 Jan moved to the 21st.
    expect(values(rows)).toEqual([
      ['2026-01-21', '2026-01-21', 'Choir'],
      ['2026-01-26', '2026-01-26', 'Choir'],
      ['2026-02-02', '2026-02-02', 'Choir'],
      ['2026-02-09', '2026-02-09', 'Choir'],
    ])
    expect(rows.every((row) => row.line === 21)).toBe(true)
  })

  it('joins the days of a daily event into one blackout, so the Plan stays short', () => {
    const rows = parseIcs(
      calendar(
        event(
          'UID:course',
          'DTSTART;VALUE=DATE:20260803',
          'DTEND;VALUE=DATE:20260804',
          'RRULE:FREQ=DAILY;UNTIL=20260807',
          'SUMMARY:Summer course',
        ),
      ),
      YEAR_2026,
    )
    expect(rows.map((row) => row.value)).toEqual([
      {
        start: '2026-08-03',
        end: '2026-08-07',
        label: 'Summer course',
        uid: 'course',
        occurrences: 5,
      },
    ])
  })

  it('expands an endless rule up to the end of the range', () => {
    const rows = parseIcs(
      calendar(
        event(
          'UID:monthly',
          'DTSTART;VALUE=DATE:20200115',
          'RRULE:FREQ=MONTHLY',
          'SUMMARY:Board meeting',
        ),
      ),
      { from: '2026-01-01', to: '2026-03-31' },
    )
    expect(values(rows).map((v) => (v as string[])[0])).toEqual([
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
    ])
  })

  it('clips an event that runs over the edge of the range', () => {
    const rows = parseIcs(
      calendar(
        event('UID:h', 'DTSTART;VALUE=DATE:20251229', 'DTEND;VALUE=DATE:20260104', 'SUMMARY:Hols'),
      ),
      YEAR_2026,
    )
    expect(values(rows)).toEqual([['2026-01-01', '2026-01-03', 'Hols']])
  })

  it('gives a row with a reason for what it cannot take, and goes on', () => {
    const rows = parseIcs(
      calendar(
        event('UID:a', 'SUMMARY:No start'),
        event('UID:b', 'DTSTART;VALUE=DATE:20240101', 'SUMMARY:Long ago'),
        event('UID:c', 'DTSTART;VALUE=DATE:20260101', 'STATUS:CANCELLED', 'SUMMARY:Off'),
        event('UID:d', 'DTSTART;VALUE=DATE:20260202', 'SUMMARY:Fine'),
      ),
      YEAR_2026,
    )
    expect(rows.map((row) => [row.line, row.label, row.error ?? row.value?.start])).toEqual([
      [21, 'No start', 'This event has no start date.'],
      [25, 'Long ago', 'No day of this event falls between 2026-01-01 and 2026-12-31.'],
      [30, 'Off', 'Cancelled in the calendar: not a blackout.'],
      [36, 'Fine', '2026-02-02'],
    ])
  })

  it('refuses a rule that repeats every second at once', () => {
    const rows = parseIcs(
      calendar(event('UID:s', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Spam')),
      YEAR_2026,
    )
    expect(rows[0]?.error).toMatch(/every minute or second/)
  })

  it('stops an hourly rule after so many steps instead of hanging', { timeout: 60_000 }, () => {
    const rows = parseIcs(
      calendar(event('UID:h', 'DTSTART:20200101T000000Z', 'RRULE:FREQ=HOURLY', 'SUMMARY:Ping')),
      YEAR_2026,
    )
    expect(rows[0]?.error).toMatch(/repeats too often/)
  })

  it('keeps labels to the 100 characters the Plan stores', () => {
    const long = 'x'.repeat(300)
    const rows = parseIcs(
      calendar(event('UID:l', 'DTSTART;VALUE=DATE:20260301', `SUMMARY:${long}`)),
      YEAR_2026,
    )
    expect(rows[0]?.value?.label).toHaveLength(100)
  })

  it('leaves ical.js with no time zone of the file registered', () => {
    parseIcs(calendar(event('UID:z', 'DTSTART;TZID=Europe/Berlin:20260301T120000')), YEAR_2026)
    expect(ICAL.TimezoneService.has('Europe/Berlin')).toBe(false)
  })
})

describe('parseIcs on hostile input', () => {
  it('refuses a file that is not a calendar with a plain message', () => {
    expect(() => parseIcs('Title,Author\r\nDune,Herbert\r\n', YEAR_2026)).toThrow(IcsFileError)
    expect(() => parseIcs('\u0000\u0001PK\u0003\u0004garbage', YEAR_2026)).toThrow(
      /not an iCalendar file/,
    )
  })

  it('refuses a truncated calendar as damaged', () => {
    const whole = calendar(event('UID:t', 'DTSTART;VALUE=DATE:20260301', 'SUMMARY:Cut'))
    expect(() => parseIcs(whole.slice(0, whole.indexOf('SUMMARY')), YEAR_2026)).toThrow(/damaged/)
  })

  it('refuses 50 MB at once, before reading it', () => {
    const huge = 'BEGIN:VCALENDAR\r\n' + 'X'.repeat(50 * 1024 * 1024)
    const started = performance.now()
    expect(() => parseIcs(huge, YEAR_2026)).toThrow(/too large/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('treats __proto__ as plain text', () => {
    const rows = parseIcs(
      calendar(event('UID:__proto__', 'DTSTART;VALUE=DATE:20260301', 'SUMMARY:__proto__')),
      YEAR_2026,
    )
    expect(rows[0]?.value).toMatchObject({ uid: '__proto__', label: '__proto__' })
    expect(({} as Record<string, unknown>).start).toBeUndefined()
  })

  it('refuses a range that ends before it starts', () => {
    expect(() => parseIcs(calendar(), { from: '2026-02-01', to: '2026-01-01' })).toThrow(
      IcsFileError,
    )
  })
})

describe('looksLikeIcs', () => {
  it('knows a calendar by its name or its first line', () => {
    expect(looksLikeIcs('work.ics', 'BEGIN:VCALENDAR')).toBe(true)
    expect(looksLikeIcs('export.ICS', '\uFEFFBEGIN:VCALENDAR\r\n')).toBe(true)
    expect(looksLikeIcs('export.ics', 'PK\u0003\u0004')).toBe(false)
    expect(looksLikeIcs('books.csv', 'Title,Author')).toBe(false)
  })
})

describe('parseIcs properties', () => {
  it('never throws anything but IcsFileError, and every blackout lies inside the range', () => {
    const day = fc
      .date({ min: new Date(2025, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''))
    const anEvent = fc
      .record({
        start: day,
        length: fc.integer({ min: 1, max: 10 }),
        rule: fc.constantFrom('', 'RRULE:FREQ=WEEKLY;COUNT=5', 'RRULE:FREQ=DAILY;INTERVAL=3'),
        summary: fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n\\;,]/g, '')),
        noise: fc.string({ maxLength: 30 }),
      })
      .map(({ start, rule, summary, noise }) =>
        event(
          'UID:p',
          `DTSTART;VALUE=DATE:${start}`,
          ...(rule ? [rule] : []),
          `SUMMARY:${summary}`,
          noise,
        ),
      )
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 5 }), (events) => {
        let rows: IcsRow[]
        try {
          rows = parseIcs(calendar(...events), YEAR_2026)
        } catch (error) {
          expect(error).toBeInstanceOf(IcsFileError)
          return
        }
        for (const row of rows) {
          expect(row.value === undefined).toBe(row.error !== undefined)
          if (!row.value) continue
          expect(row.value.start >= YEAR_2026.from && row.value.end <= YEAR_2026.to).toBe(true)
          expect(row.value.start <= row.value.end).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })
})
