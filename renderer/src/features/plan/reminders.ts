import { createElement, useEffect, type ReactElement } from 'react'
import { z } from 'zod/mini'
import { desktopApi } from '../../platform'
import { useSetting } from '../../db/use-setting'
import type { PlanForecast } from './forecast'
import {
  defaultReminderSettings,
  REMINDER_LAST_DAY_KEY,
  REMINDER_SETTINGS_KEY,
  ReminderSettings,
} from './goal'
import { usePlanForecast } from './hooks'
import { formatMinutes } from '../../domain/durations'
import { reminderDecision } from './reminder-schedule'

export function useReminderSettings() {
  return useSetting(REMINDER_SETTINGS_KEY, ReminderSettings, defaultReminderSettings)
}

const LastDay = z.nullable(z.string())

/**
 * The renderer-side reminder timer: at the chosen time on a day with planned study, one
 * notification, remembered so it fires once per day. Mount it once near the app's root.
 */
export function useStudyReminders(forecast: PlanForecast | undefined, today: string): void {
  const settings = useReminderSettings()
  const lastDay = useSetting(REMINDER_LAST_DAY_KEY, LastDay, null)
  const todays = forecast?.blocks.filter((b) => b.date === today) ?? []
  const plannedTodayMinutes = todays.reduce((sum, b) => sum + b.minutes, 0)
  const summary = todays.map((b) => `${b.title} (${formatMinutes(b.minutes)})`).join(', ')
  const { enabled, time } = settings.value
  const saveLastDay = lastDay.save
  const loading = settings.isLoading || lastDay.isLoading

  useEffect(() => {
    if (loading || !enabled) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const decision = reminderDecision(
        { enabled, time, lastRemindedDay: lastDay.value, plannedTodayMinutes },
        new Date(),
      )
      if (decision.fireNow) {
        void saveLastDay(today)
        void desktopApi.notify({
          title: `Study today: ${formatMinutes(plannedTodayMinutes)}`,
          body: summary || 'Your plan has study planned for today.',
        })
        return
      }
      timer = setTimeout(check, Math.min(decision.checkAgainInMs, 60 * 60 * 1000))
    }
    check()
    return () => clearTimeout(timer)
  }, [loading, enabled, time, lastDay.value, plannedTodayMinutes, summary, today, saveLastDay])
}

/**
 * Mount once in the app shell so reminders fire whichever page is open; renders nothing. With
 * reminders off (the default) it reads only that setting: the plan forecast is not computed at
 * start-up for a timer that will never fire.
 */
export function StudyReminderTimer(): ReactElement | null {
  const settings = useReminderSettings()
  return settings.value.enabled ? createElement(ReminderClock) : null
}

function ReminderClock(): null {
  const plan = usePlanForecast()
  useStudyReminders(plan.forecast, plan.today)
  return null
}
