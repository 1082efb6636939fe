import type { Payload } from 'payload'

export type SeedOptions = { log?: (line: string) => void }

export const seed = async (_payload: Payload, _options: SeedOptions = {}): Promise<void> => {}
