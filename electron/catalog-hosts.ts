import catalog from '../data/catalog.json'

/**
 * The hosts of every https link in the shipped catalog (resources and their sources): the sites
 * Bastion opens without asking. Derived, so a catalog update never leaves its own links behind.
 */
export function httpsHostsIn(value: unknown, hosts: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (value.startsWith('https://')) {
      try {
        hosts.add(new URL(value).hostname)
      } catch {
        // Not a URL after all: nothing to trust.
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) httpsHostsIn(item, hosts)
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) httpsHostsIn(item, hosts)
  }
  return hosts
}

export const CATALOG_HOSTS: ReadonlySet<string> = httpsHostsIn(catalog)
