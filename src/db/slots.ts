/**
 * A fixed number of places, handed out first come, first served; a caller that waits longer than its limit
 * gets an error instead of a place. Used for the transactions a process may hold at once (PostgreSQL) and for
 * SQLite's single writer.
 */
export class Slots {
  private free: number
  private readonly waiting: { grant: (release: () => void) => void }[] = []

  constructor(readonly size: number) {
    this.free = size
  }

  /** Places in use now. */
  get inUse(): number {
    return this.size - this.free
  }

  /** Resolves with a release function (safe to call more than once), or rejects with `timeoutError()` after `waitMs`. */
  acquire(waitMs: number, timeoutError: () => Error): Promise<() => void> {
    if (this.free > 0) {
      this.free -= 1
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: (release: () => void) => {
          clearTimeout(timer)
          resolve(release)
        },
      }
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(entry)
        if (index >= 0) this.waiting.splice(index, 1)
        reject(timeoutError())
      }, waitMs)
      this.waiting.push(entry)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next.grant(this.releaser())
      else this.free += 1
    }
  }
}
