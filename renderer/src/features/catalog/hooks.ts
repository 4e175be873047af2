import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import type { RevisionBase } from '../../db/revision'
import {
  addCustomResource,
  deleteCustomResource,
  restoreCustomResource,
  getResource,
  listResources,
  restoreCatalogValues,
  updateResource,
} from './repository'
import type { ResourceRecord } from '../../db/records'
import type { Resource } from '../../db/resource'
import { compareResources } from '../../db/resource'
import type { ResourceFields } from '../../db/resource-schema'
import { titleLookup } from '../../domain/resource-titles'
import { useUndoableDelete } from '../../ui/undoable-delete'

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

// Stable selectors: React Query reruns a select only when the data or the function changes.
const sortResources = (resources: Resource[]) => [...resources].sort(compareResources)

/** Every resource in the one order pickers and lists use: kind, then title in the locale. */
export function useSortedResources() {
  return useQuery({ queryKey: resourceKeys.all, queryFn: listResources, select: sortResources })
}

/** id → title, with one label for a resource no longer in the catalog. */
export function useResourceTitle() {
  return useQuery({ queryKey: resourceKeys.all, queryFn: listResources, select: titleLookup })
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
    mutationFn: ({
      id,
      fields,
      base,
    }: {
      id: string
      fields: ResourceFields
      base?: RevisionBase
    }) => updateResource(id, fields, Date.now(), base),
  })
}

export function useRestoreCatalogValues() {
  return useMutation({ mutationFn: (id: string) => restoreCatalogValues(id) })
}

const resourceDeleted = (r: ResourceRecord) =>
  `Resource "${r.overrides.title ?? r.base.title}" deleted.`

export function useDeleteResource() {
  return useUndoableDelete({
    remove: deleteCustomResource,
    restore: restoreCustomResource,
    message: resourceDeleted,
    restoredMessage: 'Resource restored.',
  })
}
