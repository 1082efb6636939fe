import os from 'os'

import { positiveNumberSetting, wholeNumberSetting } from '../../src/db/settings'
import { orStopStart } from '../../src/db/startupError'

export {
  ALLOWED_MIME_TYPES,
  formatBytes,
  MAX_UPLOAD_BYTES,
  UPLOAD_KIND_NAMES,
  UPLOAD_RULES,
  type UploadKind,
  uploadKindOf,
} from './uploadLimits'

/**
 * Pictures the newsroom receives (iPhone photos) that the server cannot decode: sharp's prebuilt libvips reads
 * AVIF-coded HEIF only, not the HEVC of a camera's HEIC. Refused with 415 and a message that says how to send them.
 */
export const UNDECODABLE_IMAGE_TYPES: Record<string, string> = {
  'image/heic': 'HEIC',
  'image/heic-sequence': 'HEIC',
  'image/heif': 'HEIF',
  'image/heif-sequence': 'HEIF',
}


/**
 * Where uploads sent over HTTP are spooled while they are checked and resized (Payload's `useTempFiles`): a 500 MB
 * video is never held in memory, and sharp reads images from disk instead of copying the bytes for every size.
 */
export const uploadTempDir = (): string => process.env.UPLOAD_TEMP_DIR || os.tmpdir()

/**
 * How many pixels an image may have, read from its header before anything decodes it: a small file can declare a
 * huge picture (a 31 KB PNG of 16,000 × 16,000 took 8 s of CPU and 170 MB to resize). The budget counts every frame
 * of an animated GIF or WebP. 80 MP is more than any current camera (61 MP full frame) delivers.
 * Read on each upload, so a change of the environment needs no restart of the tests that set it, and checked at
 * start-up (checkMediaSettings): a bad value stops the start with one line in the operator's language.
 */
export const imageLimits = () => ({
  /** `UPLOAD_MAX_IMAGE_MEGAPIXELS`: width × height × frames, in millions. */
  maxPixels: positiveNumberSetting('UPLOAD_MAX_IMAGE_MEGAPIXELS', 80) * 1_000_000,
  /** `UPLOAD_MAX_IMAGE_SIDE`: the longest side, in pixels (16,384 is also WebP's own limit). */
  maxSide: wholeNumberSetting('UPLOAD_MAX_IMAGE_SIDE', 16_384, { min: 1 }),
})

/**
 * How many image pipelines (resizes, the og crop) run at once in this process: `IMAGE_PROCESSING_CONCURRENCY`,
 * by default one less than the CPUs (at least one), so that uploads being resized always leave a core, and most of
 * Node's thread pool, to the readers. The price, on a small machine: one upload's sizes are made one after another.
 */
export const imageProcessingConcurrency = (): number =>
  wholeNumberSetting('IMAGE_PROCESSING_CONCURRENCY', Math.max(1, os.availableParallelism() - 1), {
    min: 1,
  })

/** At start-up: a bad image limit or concurrency stops the server with one line, not the first upload. */
export const checkMediaSettings = (): void => {
  orStopStart(() => [imageLimits(), imageProcessingConcurrency()])
}
