import { describe, expect, it } from 'vitest'
import { resolveContentOptions, resolveSite } from './options.ts'

describe('the site options', () => {
  it('are neutral without the owner’s values: never the seeds’ subject', () => {
    expect(resolveSite({}, {})).toEqual({ name: 'News reader', description: '', lang: 'en' })
    expect(resolveContentOptions({}, {}).site).toEqual({ name: 'News reader', description: '', lang: 'en' })
  })

  it('come from the plugin options, and the environment wins', () => {
    const site = { name: 'Story Reader', description: 'Facial recognition', lang: 'en', url: 'https://a.example' }
    expect(resolveContentOptions({ site }, {})).toMatchObject({ site: { name: 'Story Reader', description: 'Facial recognition', lang: 'en' }, siteUrl: 'https://a.example' })
    const env = { SITE_NAME: 'Power Apps Watch', SITE_DESCRIPTION: 'Low-code news', SITE_LANG: 'en-GB', SITE_URL: 'https://b.example' }
    expect(resolveContentOptions({ site }, env)).toMatchObject({ site: { name: 'Power Apps Watch', description: 'Low-code news', lang: 'en-GB' }, siteUrl: 'https://b.example' })
    // An empty variable (what a CI gives for an unset one) says nothing.
    expect(resolveSite(site, { SITE_NAME: '', SITE_DESCRIPTION: ' ' })).toMatchObject({ name: 'Story Reader', description: 'Facial recognition' })
    expect(resolveSite({ name: 'Mine', description: '' }, {}).description).toBe('')
  })
})
