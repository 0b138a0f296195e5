import { describe, expect, it } from 'vitest'
import { storable } from './storable.ts'

const store = (response: Response, html: boolean) =>
  storable({ html }).cacheWillUpdate!({ response, request: new Request('http://x/'), event: undefined as never, state: undefined })

describe('storable', () => {
  it('drops Vary and keeps the body and the other headers', async () => {
    const stored = await store(new Response('{"a":1}', { headers: { Vary: 'Origin', 'Content-Type': 'application/json' } }), false)
    expect(stored!.headers.has('Vary')).toBe(false)
    expect(stored!.headers.get('Content-Type')).toBe('application/json')
    expect(await stored!.text()).toBe('{"a":1}')
  })

  it('stores nothing but a whole, successful response', async () => {
    expect(await store(new Response('gone', { status: 404 }), false)).toBeNull()
    expect(await store(new Response('part', { status: 206 }), false)).toBeNull()
  })

  it('stores no HTML for a data file (a host answering a missing file with its index page)', async () => {
    const page = () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    expect(await store(page(), false)).toBeNull()
    expect(await store(page(), true)).not.toBeNull()
  })
})
