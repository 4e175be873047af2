import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import {
  addCustomResource,
  deleteCustomResource,
  getResource,
  listResources,
  restoreCatalogValues,
  updateResource,
} from './repository'
import type { ResourceFields } from '../../db/resource-schema'

export const resourceKeys = {
  all: ['resources'] as const,
  one: (id: string) => ['resources', id] as const,
}

/** Every resource, as shown: for a hook, or for a query that builds on the list. */
export function resourcesQuery() {
  return queryOptions({ queryKey: resourceKeys.all, queryFn: listResources })
}

export function useResources() {
  return useQuery(resourcesQuery())
}

export function useResource(id: string) {
  return useQuery({
    queryKey: resourceKeys.one(id),
    queryFn: async () => (await getResource(id)) ?? null,
  })
}

export function useAddResource() {
  return useMutation({ mutationFn: (fields: ResourceFields) => addCustomResource(fields) })
}

export function useUpdateResource() {
  return useMutation({
    mutationFn: ({ id, fields }: { id: string; fields: ResourceFields }) =>
      updateResource(id, fields),
  })
}

export function useRestoreCatalogValues() {
  return useMutation({ mutationFn: (id: string) => restoreCatalogValues(id) })
}

export function useDeleteResource() {
  return useMutation({ mutationFn: (id: string) => deleteCustomResource(id) })
}
