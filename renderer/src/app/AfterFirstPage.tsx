import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { whenReadsSettle } from '../ui/after-idle'
import { afterFirstPage } from './bootstrap'

/**
 * Starts what start-up leaves for later (`afterFirstPage`: the backup code, the persistence
 * request, the desktop's automatic backups) at the first idle moment at which no read is
 * running, so that loading and running that code does not hold back the first page's figures.
 * The shell renders it; it draws nothing.
 */
export function AfterFirstPage(): null {
  const client = useQueryClient()
  useEffect(
    () =>
      whenReadsSettle(client, () => {
        afterFirstPage().catch((error: unknown) => console.error(error))
      }),
    [client],
  )
  return null
}
