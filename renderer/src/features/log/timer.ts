import { z } from 'zod/mini'
import type { IsoDay } from '../../db/records'
import { localDayOf } from '../../domain/dates'

/** The running timer, persisted in settings so it survives a reload or a restart. */
export const RunningTimer = z.nullable(
  z.object({
    resourceId: z.string().check(z.minLength(1)),
    startedAt: z.int().check(z.positive()),
  }),
)
export type RunningTimer = z.infer<typeof RunningTimer>

export const TIMER_SETTING = 'log.timer'

/** Past this, Stop asks for the real minutes instead of trusting a forgotten timer. */
export const LONGEST_TRUSTED_TIMER_MINUTES = 12 * 60

export function elapsedMs(timer: { startedAt: number }, now: number): number {
  return Math.max(0, now - timer.startedAt)
}

/** Rounded minutes for the session a stopped timer makes, at least 1. */
export function timerMinutes(timer: { startedAt: number }, now: number): number {
  return Math.max(1, Math.round(elapsedMs(timer, now) / 60_000))
}

/** A timer counts on the local day it started, even when it crosses midnight. */
export function timerDay(timer: { startedAt: number }): IsoDay {
  return localDayOf(timer.startedAt)
}

/** "1:02:03" or "02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const pad = (value: number) => String(value).padStart(2, '0')
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`
}
