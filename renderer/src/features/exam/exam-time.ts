/** Exam times: a local date and time in an IANA time zone, turned into an instant. */

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0)
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return asUtc - Math.floor(instant / 1000) * 1000
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** The instant of `yyyy-MM-dd` + `HH:mm` on the wall clock of `timeZone`, or null if malformed. */
export function zonedInstant(day: string, time: string, timeZone: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t || !isTimeZone(timeZone)) return null
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]))
  // Two passes settle the offset across a daylight-saving change.
  let guess = wall - zoneOffsetMs(wall, timeZone)
  guess = wall - zoneOffsetMs(guess, timeZone)
  return guess
}

export interface Countdown {
  past: boolean
  days: number
  hours: number
  minutes: number
  text: string
}

/** Whole days, hours and minutes until an instant, said in words. */
export function countdown(target: number, now: number): Countdown {
  const diff = target - now
  const past = diff < 0
  const total = Math.floor(Math.abs(diff) / 60_000)
  const days = Math.floor(total / 1440)
  const hours = Math.floor((total % 1440) / 60)
  const minutes = total % 60
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const span = [plural(days, 'day'), plural(hours, 'hour'), plural(minutes, 'minute')].join(', ')
  return { past, days, hours, minutes, text: past ? `${span} ago` : `in ${span}` }
}
