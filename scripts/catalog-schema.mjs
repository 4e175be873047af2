// Writes data/catalog.schema.json from the zod schema that validates the catalog at load.
// Run after changing renderer/src/db/resource-schema.ts: npm run catalog:schema
import { writeFileSync } from 'node:fs'
import { createServer } from 'vite'

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true },
})
try {
  const { Catalog } = await server.ssrLoadModule('/renderer/src/db/resource-schema.ts')
  const { z } = await server.ssrLoadModule('zod')
  const schema = z.toJSONSchema(Catalog, { io: 'input', unrepresentable: 'any' })
  writeFileSync('data/catalog.schema.json', JSON.stringify(schema, null, 2) + '\n')
  console.log('wrote data/catalog.schema.json')
} finally {
  await server.close()
}
