// English is the complete catalogue; other languages may lag but must never
// carry keys English lacks or break a placeholder.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en.json'
import fr from '../../shared/i18n/fr.json'
import ar from '../../shared/i18n/ar.json'

type Tree = { [k: string]: string | Tree }
const flatten = (t: Tree, prefix = ''): Map<string, string> =>
  new Map(Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : [...flatten(v, `${prefix}${k}.`)])))
const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort().join(',')

const english = flatten(en as Tree)

describe('i18n catalogues', () => {
  it.each([
    ['fr', fr],
    ['ar', ar],
  ])('%s has only keys English has, with the same placeholders', (_lng, catalogue) => {
    for (const [key, text] of flatten(catalogue as Tree)) {
      expect(english.has(key), `unknown key ${key}`).toBe(true)
      expect(placeholders(text), key).toBe(placeholders(english.get(key)!))
    }
  })

  it('English has every key the renderer asks for with a literal t("…")', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(`${dir}/${d.name}`) : d.name.endsWith('.tsx') ? [`${dir}/${d.name}`] : []))
    const used = files('renderer/src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z0-9.-]+)'/g)].map((m) => m[1]!))
    expect(used.length).toBeGreaterThan(30)
    expect(used.filter((k) => !english.has(k))).toEqual([])
  })
})
