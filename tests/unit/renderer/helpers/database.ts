import { db } from '@renderer/db/database'

/** A fresh, empty database for the next test: the one reset every unit test uses. */
export async function resetDatabase(): Promise<void> {
  db.close()
  await db.delete()
  await db.open()
}
