import { useImageFailed } from '../lib/use-image-failed.ts'
import type { Image } from '../content/types.ts'

/** The outlet's logo, or its initial on a colour derived from its domain. */
export function ProviderBadge({ name, domain, logo }: { name: string; domain: string; logo?: Image }) {
  const [failed, onError] = useImageFailed(logo?.url)
  if (logo && !failed) {
    return <img className="provider-logo" src={logo.url} width={20} height={20} alt="" loading="lazy" onError={onError} />
  }
  return (
    <span className="provider-logo provider-initial" style={{ backgroundColor: `hsl(${hue(domain)} 55% 38%)` }} aria-hidden="true">
      {(name.trim()[0] ?? '?').toUpperCase()}
    </span>
  )
}

function hue(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 360
  return h
}
