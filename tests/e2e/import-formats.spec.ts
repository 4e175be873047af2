import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { strToU8, zipSync } from 'fflate'
import initSqlJs from 'sql.js'
import { expect, goTo, test } from './fixtures'

const DAY = 86_400_000

/** A small Anki collection (schema 11) with one basic note and two answers on its card. */
async function ankiPackage(): Promise<Buffer> {
  const wasm = readFileSync(createRequire(__filename).resolve('sql.js/dist/sql-wasm.wasm'))
  const SQL = await initSqlJs({ wasmBinary: wasm.buffer as ArrayBuffer })
  const db = new SQL.Database()
  db.exec(`
    CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer,
      dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text,
      tags text);
    CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer,
      tags text, flds text, sfld integer, csum integer, flags integer, data text);
    CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer,
      mod integer, usn integer, type integer, queue integer, due integer, ivl integer,
      factor integer, reps integer, lapses integer, left integer, odue integer, odid integer,
      flags integer, data text);
    CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer,
      ivl integer, lastIvl integer, factor integer, time integer, type integer);
  `)
  const model = 1_700_000_000_001
  const deck = 1_700_000_000_100
  const created = Date.now() - 10 * DAY
  db.run('INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
    '{}',
    JSON.stringify({ [model]: { id: model, name: 'Basic', type: 0 } }),
    JSON.stringify({ [deck]: { id: deck, name: 'GSEC' } }),
    '{}',
    '{}',
  ])
  db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [
    created,
    'e2eNote1',
    model,
    ' crypto ',
    ['What does <b>AES</b> stand for?', 'Advanced Encryption Standard'].join('\u001f'),
    'What does AES stand for?',
    '',
  ])
  const card = created + 1
  db.run('INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 2, 2, 0, 1, 2500, 2, 0, 0, 0, 0, 0, ?)', [
    card,
    created,
    deck,
    '',
  ])
  db.run('INSERT INTO revlog VALUES (?, ?, 0, 3, 1, 0, 2500, 8000, 0)', [created + DAY, card])
  db.run('INSERT INTO revlog VALUES (?, ?, 0, 3, 3, 1, 2500, 5000, 1)', [created + 2 * DAY, card])
  const bytes = db.export()
  db.close()
  return Buffer.from(zipSync({ 'collection.anki2': bytes, media: strToU8('{}') }))
}

test('an Anki package becomes a review card with its history, through the browser', async ({
  app,
}) => {
  await goTo(app, 'Settings')
  await app.getByRole('button', { name: 'Import', exact: true }).click()
  const panel = app.getByRole('region', { name: 'Import a file' })
  await panel.getByLabel('File to import').setInputFiles({
    name: 'gsec.apkg',
    mimeType: 'application/octet-stream',
    buffer: await ankiPackage(),
  })
  await expect(panel.getByRole('heading', { name: 'Preview of gsec.apkg' })).toBeVisible()
  await expect(panel.getByRole('table')).toContainText('What does AES stand for?')
  await panel.getByRole('button', { name: /^Import 1 / }).click()
  await expect(panel.getByRole('article', { name: 'Import of gsec.apkg' })).toContainText('1 added')

  await goTo(app, 'Review')
  await expect(app.getByText('What does AES stand for?').first()).toBeVisible()
})
