import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { core } from 'zod/mini'
import { readSetting, writeSetting } from './settings'

/** A typed setting, with its default while loading or when the stored value is invalid. */
export function useSetting<T>(key: string, schema: core.$ZodType<T>, fallback: T) {
  const query = useQuery({
    queryKey: ['settings', key],
    queryFn: () => readSetting(key, schema, fallback),
  })
  const mutation = useMutation({ mutationFn: (value: T) => writeSetting(key, schema, value) })
  // What the user just chose, shown at once: a controlled input (a radio, say) must not snap back
  // to the stored value while the write and the change feed's refresh are still on their way.
  const [chosen, setChosen] = useState<{ value: T; over: T | undefined } | null>(null)
  const stored = query.data ?? fallback
  const showChosen = chosen !== null && chosen.over === query.data && !mutation.isError
  return {
    value: showChosen ? chosen.value : stored,
    isLoading: query.isLoading,
    save: (value: T) => {
      setChosen({ value, over: query.data })
      return mutation.mutateAsync(value)
    },
    error: mutation.error,
  }
}
