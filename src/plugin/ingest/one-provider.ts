import type { Image, Provider } from '../../content/types.ts'

// One object per outlet, its strings included. Each related entry parsed its own copy of
// its outlet's name and domain: at 10,000 stories 135,000 objects and 16 MB of heap for a
// few hundred outlets (a heap snapshot of the build). Nothing changes a provider once made.
const known = new Map<string, Provider>()

/** The one provider object with these fields (a story's logo included). */
export function oneProvider(name: string, domain: string, logo?: Image): Provider {
  const key = logo ? `${name}\0${domain}\0${logo.url}\0${logo.width}\0${logo.height}` : `${name}\0${domain}`
  let provider = known.get(key)
  if (!provider) known.set(key, (provider = logo ? { name, domain, logo } : { name, domain }))
  return provider
}
