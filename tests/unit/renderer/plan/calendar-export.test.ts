import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { planToIcs } from '@renderer/features/plan/calendar-export'
import { scheduleStudy } from '@renderer/features/plan/scheduler'

function build(now: number) {
  const schedule = scheduleStudy({
    today: '2028-02-28',
    items: [
      {
        id: 'item-1',
        resourceId: 'r1',
        title: 'OWASP Top 10 for LLM Applications',
        remainingMinutes: 90,
      },
      {
        id: 'item-2',
        resourceId: 'r2',
        title: 'MITRE ATLAS',
        remainingMinutes: 60,
        targetFinish: '2028-03-05',
      },
    ],
    availability: { weeklyMinutes: 7 * 60, studyWeekdays: [0, 1, 2, 3, 4, 5, 6], blackouts: [] },
  })
  const result = planToIcs({
    blocks: schedule.blocks,
    targets: [{ itemId: 'item-2', title: 'MITRE ATLAS', targetFinish: '2028-03-05' }],
    exam: {
      certificationId: 'cert-giac-gsec',
      title: 'GIAC Security Essentials (GSEC)',
      date: '2028-04-10',
    },
    now,
  })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
    }
  })
}

describe('planToIcs', () => {
  it('parses back as a calendar with the blocks, target dates and exam as all-day events', () => {
    const events = parse(build(Date.UTC(2028, 1, 28, 9)))
    expect(events).toEqual([
      {
        uid: 'plan-block-item-1-2028-02-28@bastion',
        summary: 'Study: OWASP Top 10 for LLM Applications (1 h)',
        start: '2028-02-28',
        isDate: true,
      },
      {
        uid: 'plan-block-item-1-2028-02-29@bastion',
        summary: 'Study: OWASP Top 10 for LLM Applications (30 min)',
        start: '2028-02-29',
        isDate: true,
      },
      {
        uid: 'plan-block-item-2-2028-02-29@bastion',
        summary: 'Study: MITRE ATLAS (30 min)',
        start: '2028-02-29',
        isDate: true,
      },
      {
        uid: 'plan-block-item-2-2028-03-01@bastion',
        summary: 'Study: MITRE ATLAS (30 min)',
        start: '2028-03-01',
        isDate: true,
      },
      {
        uid: 'plan-target-finish-item-2@bastion',
        summary: 'Finish: MITRE ATLAS',
        start: '2028-03-05',
        isDate: true,
      },
      {
        uid: 'exam-cert-giac-gsec@bastion',
        summary: 'Exam: GIAC Security Essentials (GSEC)',
        start: '2028-04-10',
        isDate: true,
      },
    ])
  })

  it('keeps the same UIDs when exported again later', () => {
    const first = parse(build(Date.UTC(2028, 1, 28, 9))).map((e) => e.uid)
    const again = parse(build(Date.UTC(2028, 1, 28, 21))).map((e) => e.uid)
    expect(again).toEqual(first)
    expect(new Set(first).size).toBe(first.length)
  })

  it('says so when there is nothing to export', () => {
    expect(planToIcs({ blocks: [], targets: [], exam: null, now: 0 })).toEqual({
      ok: false,
      error: 'There is nothing to export yet: add resources to your plan first.',
    })
  })
})
