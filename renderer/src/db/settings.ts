import { parse, safeParse, type core } from 'zod/mini'
import { db } from './database'

/** Reads a setting, falling back to its default when missing or no longer valid. */
export async function readSetting<T>(
  key: string,
  schema: core.$ZodType<T>,
  fallback: T,
): Promise<T> {
  const record = await db.settings.get(key)
  if (!record) return fallback
  const parsed = safeParse(schema, record.value)
  return parsed.success ? parsed.data : fallback
}

export async function writeSetting<T>(
  key: string,
  schema: core.$ZodType<T>,
  value: T,
): Promise<void> {
  await db.settings.put({ key, value: parse(schema, value) })
}
