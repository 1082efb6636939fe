import { redirect } from 'next/navigation'

/** This server is the newsroom back office; websites read its API. The root opens the admin. */
export default function Home() {
  redirect('/admin')
}
