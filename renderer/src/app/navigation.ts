/** The main navigation, in order. Names are the accessible names of the links. */
export const navigation = [
  { path: '/', label: 'Dashboard' },
  { path: '/catalog', label: 'Catalog' },
  { path: '/plan', label: 'Plan' },
  { path: '/log', label: 'Log' },
  { path: '/notes', label: 'Notes' },
  { path: '/review', label: 'Review' },
  { path: '/exam', label: 'Exam' },
  { path: '/coverage', label: 'Coverage' },
  { path: '/costs', label: 'Costs' },
  { path: '/settings', label: 'Settings' },
] as const
