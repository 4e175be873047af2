// The catalog feature's door: the only module other features and the app import from it.
// Pages are not exported: app/router.tsx loads each page file lazily, as its own chunk.
export {
  resourcesQuery,
  useDeleteResource,
  useResource,
  useResources,
  useResourceTitle,
  useRestoreCatalogValues,
  useSortedResources,
} from './hooks'
export { byline, kindLabels, priceLabel } from './labels'
export { loadShippedCatalog, mergeCatalog } from './repository'
export { mergeCatalogIfChanged } from './startup-merge'
