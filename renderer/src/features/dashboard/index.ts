// The dashboard feature's door: the only module other features and the app import from it.
// The Dashboard is the first page: app/router.tsx imports it here, statically, so that its code
// is preloaded with the entry. Every other page file is loaded lazily, as its own chunk.
export { default as DashboardPage } from './DashboardPage'
