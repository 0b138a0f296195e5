import { useEffect } from 'react'

import { SITE } from './site.ts'

export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE.name}` : SITE.name
  }, [title])
}
