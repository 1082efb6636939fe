import fs from 'fs'
import path from 'path'

/** Every run starts from an empty database and an empty upload folder. */
export default async function globalSetup(): Promise<void> {
  const uri = process.env.DATABASE_URI || `file:${path.resolve('.tmp/test.db')}`
  const mediaDir = path.resolve(process.env.MEDIA_DIR || '.tmp/test-media')
  fs.rmSync(mediaDir, { force: true, recursive: true })
  fs.mkdirSync(mediaDir, { recursive: true })
  if (uri.startsWith('file:')) {
    const file = uri.replace(/^file:(\/\/)?/, '')
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${file}${suffix}`, { force: true })
    fs.mkdirSync(path.dirname(file), { recursive: true })
  } else if (/^postgres(ql)?:\/\//.test(uri)) {
    const { default: pg } = await import('pg')
    const url = new URL(uri)
    const database = url.pathname.replace(/^\//, '')
    url.pathname = '/postgres'
    const admin = new pg.Client({ connectionString: url.toString() })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${database}"`)
    await admin.end()
  } else if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    const { MongoClient } = await import('mongodb')
    const client = new MongoClient(uri)
    await client.connect()
    await client.db().dropDatabase()
    await client.close()
  }
}
