import { useMutation, useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import { readSetting, writeSetting } from './repository'

/** A typed setting, with its default while loading or when the stored value is invalid. */
export function useSetting<T>(key: string, schema: z.ZodType<T>, fallback: T) {
  const query = useQuery({
    queryKey: ['settings', key],
    queryFn: () => readSetting(key, schema, fallback),
  })
  const mutation = useMutation({ mutationFn: (value: T) => writeSetting(key, schema, value) })
  return {
    value: query.data ?? fallback,
    isLoading: query.isLoading,
    save: mutation.mutateAsync,
    error: mutation.error,
  }
}
