import { createEvents, type DateArray, type EventAttributes } from 'ics'
import { addDaysIso } from '../../domain/dates'
import { formatMinutes } from '../../domain/durations'
import type { StudyBlock } from './scheduler'

export interface CalendarExportInput {
  blocks: readonly StudyBlock[]
  targets: readonly { itemId: string; title: string; targetStart?: string; targetFinish?: string }[]
  exam: { certificationId: string; title: string; date: string } | null
  /** DTSTAMP for every event (epoch ms), passed in so the output is reproducible. */
  now: number
}

function dateArray(day: string): DateArray {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))]
}

/** An all-day event: calendar days stay calendar days in every time zone (DTEND is exclusive). */
function allDay(
  day: string,
  uid: string,
  title: string,
  description: string,
  now: number,
): EventAttributes {
  return {
    uid,
    title,
    description,
    start: dateArray(day),
    end: dateArray(addDaysIso(day, 1)),
    timestamp: now,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    productId: 'bastion/plan',
  } as EventAttributes
}

/**
 * The plan as RFC 5545 text. UIDs come from the item and the day (not from a counter), so
 * importing a newer export updates the same events instead of adding copies.
 */
export function planToIcs(
  input: CalendarExportInput,
): { ok: true; value: string } | { ok: false; error: string } {
  const events: EventAttributes[] = []
  for (const block of input.blocks) {
    events.push(
      allDay(
        block.date,
        `plan-block-${block.itemId}-${block.date}@bastion`,
        `Study: ${block.title} (${formatMinutes(block.minutes)})`,
        `Planned study from Bastion: ${formatMinutes(block.minutes)} of ${block.title}.`,
        input.now,
      ),
    )
  }
  for (const target of input.targets) {
    if (target.targetStart) {
      events.push(
        allDay(
          target.targetStart,
          `plan-target-start-${target.itemId}@bastion`,
          `Start: ${target.title}`,
          'Target start date from your Bastion plan.',
          input.now,
        ),
      )
    }
    if (target.targetFinish) {
      events.push(
        allDay(
          target.targetFinish,
          `plan-target-finish-${target.itemId}@bastion`,
          `Finish: ${target.title}`,
          'Target finish date from your Bastion plan.',
          input.now,
        ),
      )
    }
  }
  if (input.exam) {
    events.push(
      allDay(
        input.exam.date,
        `exam-${input.exam.certificationId}@bastion`,
        `Exam: ${input.exam.title}`,
        'Exam date from your Bastion plan.',
        input.now,
      ),
    )
  }
  if (events.length === 0)
    return { ok: false, error: 'There is nothing to export yet: add resources to your plan first.' }
  const result = createEvents(events, { productId: 'bastion/plan', calName: 'Bastion study plan' })
  if (result.error || !result.value) {
    return {
      ok: false,
      error: `The calendar could not be built: ${result.error?.message ?? 'unknown error'}.`,
    }
  }
  return { ok: true, value: result.value }
}
