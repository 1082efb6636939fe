// Where each container keeps its XMP packet, for the formats exifr does not read XMP from. Each reader walks only the
// container's own structure (never a scan of the whole file for "<x:xmpmeta", which would also find the packets of
// embedded thumbnails and ingredients) and returns the packet's bytes, or undefined.

const ascii = (data: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...data.subarray(start, start + length))
const u16 = (data: Uint8Array, at: number) => (data[at] << 8) | data[at + 1]
const u32 = (data: Uint8Array, at: number) =>
  ((data[at] << 24) >>> 0) + (data[at + 1] << 16) + (data[at + 2] << 8) + data[at + 3]
const u32le = (data: Uint8Array, at: number) =>
  data[at] + (data[at + 1] << 8) + (data[at + 2] << 16) + ((data[at + 3] << 24) >>> 0)
const uint = (data: Uint8Array, at: number, size: number) => {
  let value = 0
  for (let i = 0; i < size; i++) value = value * 256 + data[at + i]
  return value
}

/** RIFF (WebP, WAV, AVI): the `XMP ` chunk of WebP, the `_PMX` chunk of WAV. */
export const riffXmp = (data: Uint8Array): Uint8Array | undefined => {
  if (data.length < 12 || ascii(data, 0, 4) !== 'RIFF') return undefined
  const end = Math.min(data.length, 8 + u32le(data, 4))
  for (let at = 12; at + 8 <= end;) {
    const id = ascii(data, at, 4)
    const size = u32le(data, at + 4)
    if (id === 'XMP ' || id === '_PMX') return data.subarray(at + 8, Math.min(end, at + 8 + size))
    at += 8 + size + (size % 2)
  }
  return undefined
}

const XMP_APP_ID = 'XMP DataXMP'
const XMP_END = /<\?xpacket end=[^>]*>|<\/x:xmpmeta>/

/** GIF89a: the application extension "XMP DataXMP" (the packet's bytes, then a 258-byte "magic trailer"). */
export const gifXmp = (data: Uint8Array): Uint8Array | undefined => {
  if (data.length < 13 || ascii(data, 0, 3) !== 'GIF') return undefined
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0)
  const skipSubBlocks = (at: number) => {
    while (at < data.length && data[at] !== 0) at += data[at] + 1
    return at + 1
  }
  let at = 13 + colourTable(data[10])
  while (at < data.length) {
    const block = data[at]
    if (block === 0x3b) return undefined
    if (block === 0x2c) {
      at = skipSubBlocks(at + 10 + colourTable(data[at + 9]) + 1)
    } else if (block === 0x21) {
      if (data[at + 1] === 0xff && data[at + 2] === 11 && ascii(data, at + 3, 11) === XMP_APP_ID) {
        const start = at + 14
        const text = Buffer.from(
          data.buffer,
          data.byteOffset + start,
          data.length - start,
        ).toString('latin1')
        const end = XMP_END.exec(text)
        return end ? data.subarray(start, start + end.index + end[0].length) : undefined
      }
      at = skipSubBlocks(at + 2)
    } else return undefined
  }
  return undefined
}

type Box = { end: number; payload: number; start: number; type: string }

const boxes = function* (data: Uint8Array, start: number, end: number): Generator<Box> {
  for (let at = start; at + 8 <= end;) {
    let size = u32(data, at)
    const type = ascii(data, at + 4, 4)
    let payload = at + 8
    if (size === 1) {
      size = uint(data, at + 8, 8)
      payload = at + 16
    } else if (size === 0) size = end - at
    if (size < payload - at || at + size > end) return
    yield { end: at + size, payload, start: at, type }
    at += size
  }
}
const child = (data: Uint8Array, parent: Box | undefined, type: string, fullBox = false) =>
  parent
    ? [...boxes(data, parent.payload + (fullBox ? 4 : 0), parent.end)].find(
        (box) => box.type === type,
      )
    : undefined

// XMP's UUID for ISO base media files (XMP spec part 3, 1.2.7): be7acfcb-97a9-42e8-9c71-999491e3afac.
const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac'
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

/** The XMP item of a HEIF/AVIF `meta` box: an `infe` of type `mime`, content type application/rdf+xml, found in `iloc`. */
const heifXmpItem = (data: Uint8Array, meta: Box): Uint8Array | undefined => {
  const iinf = child(data, meta, 'iinf', true)
  const iloc = child(data, meta, 'iloc', true)
  if (!iinf || !iloc) return undefined
  let itemId: number | undefined
  const entries = iinf.payload + 4 + (data[iinf.payload] === 0 ? 2 : 4)
  for (const infe of boxes(data, entries, iinf.end)) {
    const version = data[infe.payload]
    if (infe.type !== 'infe' || version < 2) continue
    const idSize = version === 2 ? 2 : 4
    const id = uint(data, infe.payload + 4, idSize)
    const typeAt = infe.payload + 4 + idSize + 2
    if (ascii(data, typeAt, 4) !== 'mime') continue
    const rest = Buffer.from(data.buffer, data.byteOffset + typeAt + 4, infe.end - typeAt - 4)
      .toString('latin1')
      .split('\0')
    if (rest[1] === 'application/rdf+xml') itemId = id
  }
  if (itemId === undefined) return undefined
  const version = data[iloc.payload]
  let at = iloc.payload + 4
  const offsetSize = data[at] >> 4
  const lengthSize = data[at] & 0x0f
  const baseOffsetSize = data[at + 1] >> 4
  const indexSize = version === 1 || version === 2 ? data[at + 1] & 0x0f : 0
  at += 2
  const count = version < 2 ? u16(data, at) : u32(data, at)
  at += version < 2 ? 2 : 4
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? u16(data, at) : u32(data, at)
    at += version < 2 ? 2 : 4
    const construction = version === 1 || version === 2 ? u16(data, at) & 0x0f : 0
    if (version === 1 || version === 2) at += 2
    at += 2 // data_reference_index
    const baseOffset = uint(data, at, baseOffsetSize)
    at += baseOffsetSize
    const extents = u16(data, at)
    at += 2
    const parts: Uint8Array[] = []
    for (let e = 0; e < extents; e++) {
      at += indexSize
      const offset = uint(data, at, offsetSize)
      at += offsetSize
      const length = uint(data, at, lengthSize)
      at += lengthSize
      parts.push(data.subarray(baseOffset + offset, baseOffset + offset + length))
    }
    // Items stored in the file itself (construction method 0) only; XMP in `idat` is not seen in practice.
    if (id === itemId) return construction === 0 ? Buffer.concat(parts) : undefined
  }
  return undefined
}

/** ISO base media (MP4, M4A, MOV, HEIC/HEIF, AVIF): the XMP `uuid` box, QuickTime's `moov/udta/XMP_`, a HEIF item. */
export const bmffXmp = (data: Uint8Array): Uint8Array | undefined => {
  if (data.length < 12 || ascii(data, 4, 4) !== 'ftyp') return undefined
  const top = [...boxes(data, 0, data.length)]
  const uuid = top.find(
    (box) => box.type === 'uuid' && hex(data.subarray(box.payload, box.payload + 16)) === XMP_UUID,
  )
  if (uuid) return data.subarray(uuid.payload + 16, uuid.end)
  const udtaXmp = child(
    data,
    child(
      data,
      top.find((box) => box.type === 'moov'),
      'udta',
    ),
    'XMP_',
  )
  if (udtaXmp) return data.subarray(udtaXmp.payload, udtaXmp.end)
  const meta = top.find((box) => box.type === 'meta')
  return meta ? heifXmpItem(data, meta) : undefined
}

const syncsafe = (data: Uint8Array, at: number) =>
  (data[at] << 21) | (data[at + 1] << 14) | (data[at + 2] << 7) | data[at + 3]

/** ID3v2.3/2.4 (MP3): the `PRIV` frame owned by "XMP". */
export const id3Xmp = (data: Uint8Array): Uint8Array | undefined => {
  if (data.length < 10 || ascii(data, 0, 3) !== 'ID3') return undefined
  const major = data[3]
  if (major !== 3 && major !== 4) return undefined
  const end = Math.min(data.length, 10 + syncsafe(data, 6))
  let at = 10
  if (data[5] & 0x40) at += major === 4 ? syncsafe(data, 10) : 4 + u32(data, 10)
  while (at + 10 <= end && data[at] !== 0) {
    const id = ascii(data, at, 4)
    const size = major === 4 ? syncsafe(data, at + 4) : u32(data, at + 4)
    const body = data.subarray(at + 10, Math.min(end, at + 10 + size))
    if (id === 'PRIV' && ascii(body, 0, 4) === 'XMP\0') return body.subarray(4)
    at += 10 + size
  }
  return undefined
}
