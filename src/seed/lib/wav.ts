/**
 * A short, valid PCM WAV file made in memory: RIFF header, `fmt ` chunk (16-bit mono PCM) and a `data` chunk
 * holding a soft sine tone with fade-in/out. Deterministic: the same arguments always give the same bytes.
 */
export const makeWav = ({
  frequency = 440,
  seconds = 1,
  sampleRate = 22_050,
  volume = 0.25,
}: { frequency?: number; sampleRate?: number; seconds?: number; volume?: number } = {}): Buffer => {
  const samples = Math.round(sampleRate * seconds)
  const bytesPerSample = 2
  const dataSize = samples * bytesPerSample
  const buffer = Buffer.alloc(44 + dataSize)

  buffer.write('RIFF', 0, 'ascii')
  buffer.writeUInt32LE(36 + dataSize, 4)
  buffer.write('WAVE', 8, 'ascii')
  buffer.write('fmt ', 12, 'ascii')
  buffer.writeUInt32LE(16, 16) // size of the fmt chunk
  buffer.writeUInt16LE(1, 20) // PCM
  buffer.writeUInt16LE(1, 22) // mono
  buffer.writeUInt32LE(sampleRate, 24)
  buffer.writeUInt32LE(sampleRate * bytesPerSample, 28) // byte rate
  buffer.writeUInt16LE(bytesPerSample, 32) // block align
  buffer.writeUInt16LE(8 * bytesPerSample, 34) // bits per sample
  buffer.write('data', 36, 'ascii')
  buffer.writeUInt32LE(dataSize, 40)

  const fade = Math.max(1, Math.round(sampleRate * 0.05))
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade)
    const value = Math.sin((2 * Math.PI * frequency * i) / sampleRate) * volume * envelope
    buffer.writeInt16LE(Math.round(value * 32767), 44 + i * bytesPerSample)
  }
  return buffer
}
