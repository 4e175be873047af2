import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { focusAfterDelete } from './focus'
import { useOfferUndo } from './undo-toast'

export interface UndoableDelete<Id, T> {
  /** Deletes at once; `from` (the Delete button) decides where focus goes next. */
  run: (id: Id, from?: HTMLElement, onDeleted?: (record: T) => void) => void
  error: Error | null
  isPending: boolean
}

/**
 * The deleting rule in one place: delete at once, move focus to the next item (or the list's
 * heading), and offer Undo in the toast, which puts back exactly what `remove` handed back.
 */
export function useUndoableDelete<Id, T>({
  remove,
  restore,
  message,
  restoredMessage,
}: {
  remove: (id: Id) => Promise<T>
  restore: (record: T) => Promise<unknown>
  message: (record: T) => string
  restoredMessage?: string
}): UndoableDelete<Id, T> {
  const offerUndo = useOfferUndo()
  const mutation = useMutation({ mutationFn: remove })
  const { mutate } = mutation
  const run = useCallback(
    (id: Id, from?: HTMLElement, onDeleted?: (record: T) => void) => {
      const refocus = from ? focusAfterDelete(from) : null
      mutate(id, {
        onSuccess: (record) => {
          onDeleted?.(record)
          refocus?.()
          offerUndo({ message: message(record), undo: () => restore(record), restoredMessage })
        },
      })
    },
    [mutate, offerUndo, message, restore, restoredMessage],
  )
  return { run, error: mutation.error, isPending: mutation.isPending }
}
