import type { SharpDependency } from 'payload'

import sharp, { type Sharp } from 'sharp'

import { imageLimits, imageProcessingConcurrency } from './uploadRules'

/** A counting semaphore: at most `limit()` tasks run at once, the others wait in order. */
const slots = (() => {
  let running = 0
  const waiting: (() => void)[] = []
  const release = () => {
    running--
    waiting.shift()?.()
  }
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= imageProcessingConcurrency()) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      release()
    }
  }
})()

/** The pipeline's outputs (and those of its clones, one per image size) wait for a free slot. */
const withSlots = (image: Sharp): Sharp => {
  const { clone, toBuffer, toFile } = image
  return Object.assign(image, {
    clone: () => withSlots(clone.call(image)),
    toBuffer: ((...args: Parameters<Sharp['toBuffer']>) =>
      typeof args.at(-1) === 'function' ? toBuffer.apply(image, args as never) : slots(() => toBuffer.apply(image, args as never))) as Sharp['toBuffer'],
    toFile: ((...args: Parameters<Sharp['toFile']>) =>
      typeof args.at(-1) === 'function' ? toFile.apply(image, args as never) : slots(() => toFile.apply(image, args as never))) as Sharp['toFile'],
  })
}

/**
 * The sharp Payload resizes uploads with (its `sharp` option), and the og crop too: decoding refuses pictures over
 * the pixel budget (a second line behind the header check in ./hooks/checkUploadContent.ts), and only
 * `IMAGE_PROCESSING_CONCURRENCY` pipelines run at once, so four big uploads cannot take every core and all of
 * Node's thread pool from the readers. Reading metadata (the header) is not limited.
 */
export const boundedSharp = ((input?: Parameters<typeof sharp>[0], options?: Parameters<typeof sharp>[1]) =>
  withSlots(sharp(input as never, { limitInputPixels: imageLimits().maxPixels, ...options }))) as unknown as SharpDependency
