import sharp from 'sharp'

/**
 * Demo pictures drawn in code: a steppe landscape (gradient sky, sun, rolling hills) with a band of
 * diamond ornament, rendered from SVG by sharp. No text, so no system fonts are involved.
 * Deterministic: the same key and palette always give the same picture.
 */

export type Palette = { accent: string; ground: string; sky: [string, string] }

export const PALETTES = {
  steppe: { accent: '#f2c14e', ground: '#6b8f3a', sky: ['#1f6fb2', '#9fd3f0'] },
  dusk: { accent: '#ffb347', ground: '#5a3d5c', sky: ['#3b1f4a', '#f28c6b'] },
  turquoise: { accent: '#ffd166', ground: '#0b7a75', sky: ['#00afb9', '#e0fbfc'] },
  desert: { accent: '#fff3b0', ground: '#c9843a', sky: ['#e09f3e', '#fcefd4'] },
  mountain: { accent: '#f7f7f7', ground: '#3d5a80', sky: ['#293241', '#98c1d9'] },
  spring: { accent: '#ff6b6b', ground: '#55a630', sky: ['#4ea8de', '#d8f3dc'] },
  night: { accent: '#ffe66d', ground: '#1b263b', sky: ['#0d1b2a', '#415a77'] },
  autumn: { accent: '#ffbe0b', ground: '#9c6644', sky: ['#bc6c25', '#fefae0'] },
} satisfies Record<string, Palette>

export type PaletteName = keyof typeof PALETTES

/** A small deterministic pseudo-random sequence seeded by a string (FNV-1a hash + mulberry32). */
const sequence = (key: string): (() => number) => {
  let state = 2166136261
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 16777619) >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const round = (value: number): number => Math.round(value * 10) / 10

const landscapeSvg = (key: string, palette: Palette, width: number, height: number): string => {
  const next = sequence(key)
  const sunX = round(width * (0.15 + next() * 0.7))
  const sunY = round(height * (0.18 + next() * 0.2))
  const sunR = round(height * (0.08 + next() * 0.06))
  const rays = Array.from({ length: 16 }, (_, i) => {
    const angle = (i / 16) * Math.PI * 2
    const inner = sunR * 1.25
    const outer = sunR * (1.6 + (i % 2) * 0.25)
    return `<line x1="${round(sunX + Math.cos(angle) * inner)}" y1="${round(sunY + Math.sin(angle) * inner)}" x2="${round(sunX + Math.cos(angle) * outer)}" y2="${round(sunY + Math.sin(angle) * outer)}"/>`
  }).join('')

  const hills = [0.62, 0.72, 0.82]
    .map((level, layer) => {
      const base = height * (level + next() * 0.05)
      const points = 5
      let d = `M0 ${round(base)}`
      for (let i = 1; i <= points; i++) {
        const x = (width / points) * i
        const cx = x - width / points / 2
        const cy = base - height * (0.04 + next() * 0.1)
        d += ` Q${round(cx)} ${round(cy)} ${round(x)} ${round(base + (next() - 0.5) * height * 0.04)}`
      }
      d += ` L${width} ${height} L0 ${height} Z`
      return `<path d="${d}" fill="${palette.ground}" fill-opacity="${0.55 + layer * 0.2}"/>`
    })
    .join('')

  const band = height * 0.9
  const size = height * 0.035
  const diamonds = Array.from({ length: Math.ceil(width / (size * 3)) + 1 }, (_, i) => {
    const x = i * size * 3 + size
    return `<path d="M${round(x)} ${round(band - size)} L${round(x + size)} ${round(band)} L${round(x)} ${round(band + size)} L${round(x - size)} ${round(band)} Z"/>`
  }).join('')

  const clouds = Array.from({ length: 3 }, () => {
    const cx = width * next()
    const cy = height * (0.1 + next() * 0.3)
    const rx = width * (0.06 + next() * 0.06)
    return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(rx)}" ry="${round(rx * 0.3)}" fill="#ffffff" fill-opacity="0.35"/>`
  }).join('')

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
${clouds}
<g stroke="${palette.accent}" stroke-width="${round(sunR * 0.12)}" stroke-linecap="round">${rays}</g>
<circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="${palette.accent}"/>
${hills}
<rect y="${round(band - size * 1.6)}" width="${width}" height="${round(size * 3.2)}" fill="#000000" fill-opacity="0.18"/>
<g fill="${palette.accent}" fill-opacity="0.85">${diamonds}</g>
</svg>`
}

/** A JPEG landscape for hero images and covers (2000×1200 by default). */
export const makeJpeg = async ({
  height = 1200,
  key,
  palette,
  width = 2000,
}: {
  height?: number
  key: string
  palette: Palette
  width?: number
}): Promise<Buffer> =>
  sharp(Buffer.from(landscapeSvg(key, palette, width, height)))
    .jpeg({ mozjpeg: false, quality: 82 })
    .toBuffer()
