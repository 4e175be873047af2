/** What every page shows for a resource id no longer in the catalog (one label, everywhere). */
export const MISSING_RESOURCE_LABEL = 'Removed resource'

/** Resource titles by id, built once: a Map, not a scan of every resource per row. */
export function titleLookup(
  resources: readonly { id: string; title: string }[] | undefined,
): (id: string) => string {
  const titles = new Map((resources ?? []).map((resource) => [resource.id, resource.title]))
  return (id) => titles.get(id) ?? MISSING_RESOURCE_LABEL
}

/** The lookup while resources are still loading: every id reads as missing. */
export const noResourceTitles = titleLookup([])
