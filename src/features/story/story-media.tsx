import { useImageFailed } from '../../lib/use-image-failed.ts'
import { PLAYER_ORIGIN } from '../../shared/csp.ts'
import { useOnline } from '../../lib/use-online.ts'
import type { Story } from '../../content/types.ts'
import { ProviderBadge } from '../../components/provider-badge.tsx'

/**
 * The story's video through an allow-listed player built from a parsed id (never the
 * file's HTML), or its first image at its real proportions so nothing jumps as it loads.
 */
export function StoryMedia({ story }: { story: Story }) {
  const image = story.images[0]
  const [failed, onError] = useImageFailed(image?.url)
  const online = useOnline()
  if (story.video?.kind === 'youtube') {
    // A frame that cannot load shows the browser's error inside it, and a page cannot tell:
    // a plain link to the video is always there, and alone while offline.
    const watch = `https://www.youtube.com/watch?v=${encodeURIComponent(story.video.id)}`
    const link = (
      <a className="video-link" href={watch} target="_blank" rel="noopener noreferrer">
        Watch the video on YouTube<span aria-hidden="true">{'\u00a0↗'}</span>
      </a>
    )
    if (!online) return <p className="media-offline">{link}</p>
    return (
      <>
        <div className="media media-video">
          <iframe
            src={`${PLAYER_ORIGIN}/embed/${encodeURIComponent(story.video.id)}`}
            title={`Video: ${story.title}`}
            width={560}
            height={315}
            loading="lazy"
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            allow="encrypted-media; picture-in-picture; fullscreen"
          />
        </div>
        <p className="meta video-fallback">If the video does not play here: {link}</p>
      </>
    )
  }
  if (!image) return null
  const ratio = image.width && image.height ? image.width / image.height : 16 / 9
  // A failed image (common for years-old news: hotlink protection, dead links) keeps its
  // box, so the text below never moves, and shows whose story it is instead.
  return (
    <figure className={failed ? 'media media-failed' : 'media'} style={{ aspectRatio: String(ratio), ['--ratio' as string]: String(ratio) }}>
      {failed ? (
        <>
          <ProviderBadge name={story.provider.name} domain={story.provider.domain} />
          <figcaption>{story.provider.name} · image unavailable</figcaption>
        </>
      ) : (
        <img src={image.url} width={image.width ?? undefined} height={image.height ?? undefined} alt="" decoding="async" onError={onError} />
      )}
    </figure>
  )
}
