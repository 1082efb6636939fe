/** Accepts an empty value or an absolute https URL. */
export const validateHttpsUrl = (value: null | string | undefined): string | true => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' ? true : `"${value}" must be an https:// link.`
  } catch {
    return `"${value}" is not a valid URL.`
  }
}

/** Which host a video link points at, for embedding on the website. */
export const videoProvider = (value: string): 'other' | 'vimeo' | 'youtube' => {
  const host = new URL(value).hostname.replace(/^www\./, '')
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'm.youtube.com') return 'youtube'
  if (host === 'vimeo.com' || host === 'player.vimeo.com') return 'vimeo'
  return 'other'
}
