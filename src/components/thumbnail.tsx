import { useImageFailed } from '../lib/use-image-failed.ts'
import type { Image } from '../content/types.ts'

/**
 * A fixed-size box, so nothing moves as the image loads (or fails to). Shaded only while
 * an image is coming: one that fails (or none) leaves the space empty, never a grey box
 * that reads as "still loading".
 */
export function Thumbnail({ image }: { image?: Image }) {
  const [failed, onError] = useImageFailed(image?.url)
  return (
    <div className={image && !failed ? 'thumb' : 'thumb thumb-empty'} aria-hidden="true">
      {image && !failed && (
        <img src={image.url} width={image.width ?? 96} height={image.height ?? 64} alt="" loading="lazy" decoding="async" onError={onError} />
      )}
    </div>
  )
}
