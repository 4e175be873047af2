/**
 * The "Added on" date of a Kindle clipping, in the languages the Kindle writes. Months are
 * matched by name (accents ignored), the year by its four digits, the time with or without
 * seconds and AM/PM; Japanese writes 2019年5月5日. The result is a local instant (the Kindle
 * writes the device's wall-clock time, without a zone), or undefined when no date is found.
 */
const monthNames: readonly (readonly string[])[] = [
  // en, de, fr, es, it, pt, nl: index + 1 is the month.
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jan'],
  ['february', 'februar', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'feb'],
  ['march', 'marz', 'mars', 'marzo', 'marco', 'maart', 'mar'],
  ['april', 'avril', 'abril', 'aprile', 'apr'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'jun'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'jul'],
  ['august', 'aout', 'agosto', 'augustus', 'aug'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'sep', 'sept'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'novembro', 'nov'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'dec', 'dez'],
]

const monthByName = new Map<string, number>(
  monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
)

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

function timeOf(text: string): { hours: number; minutes: number; seconds: number } | null {
  const match = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?|午前|午後)?/i.exec(text)
  if (!match) return null
  let hours = Number(match[1])
  const meridiem = (match[4] ?? '').toLowerCase().replace(/[.\s]/g, '')
  if ((meridiem === 'pm' || meridiem === '午後') && hours < 12) hours += 12
  if ((meridiem === 'am' || meridiem === '午前') && hours === 12) hours = 0
  return { hours, minutes: Number(match[2]), seconds: Number(match[3] ?? 0) }
}

function instant(year: number, month: number, day: number, text: string): number | undefined {
  const time = timeOf(text) ?? { hours: 0, minutes: 0, seconds: 0 }
  if (month < 1 || month > 12 || day < 1 || day > 31 || time.hours > 23 || time.minutes > 59) {
    return undefined
  }
  const date = new Date(year, month - 1, day, time.hours, time.minutes, time.seconds)
  return date.getDate() === day ? date.getTime() : undefined
}

export function parseKindleDate(raw: string): number | undefined {
  const japanese = /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/.exec(raw)
  if (japanese) {
    const rest = raw.slice(japanese.index + japanese[0].length)
    return instant(Number(japanese[1]), Number(japanese[2]), Number(japanese[3]), rest)
  }
  const text = fold(raw)
  const year = /\b(\d{4})\b/.exec(text)
  if (!year) return undefined
  const withoutTime = text.replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ').replace(year[0], ' ')
  const month = (withoutTime.match(/\p{L}+/gu) ?? [])
    .map((word) => monthByName.get(word))
    .find((value) => value !== undefined)
  const day = /\b(\d{1,2})\b/.exec(withoutTime)
  if (!month || !day) return undefined
  return instant(Number(year[1]), month, Number(day[1]), text.slice(year.index))
}
