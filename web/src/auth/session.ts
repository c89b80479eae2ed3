// Who is logged in: the user, their CSRF token, and what their roles allow in the interface.
// The server enforces every rule; this only decides what to show.
import { computed, reactive } from 'vue'
import { get, patch, post, del, setCsrfToken, ApiError } from '../common/api'
import { applyLocale, currentLocale, storedLocale } from '../common/i18n'
import type { Locale } from '../common/types'
import type { Role, User } from '../core/types'
import type { SessionBody } from './types'
import { startOutbox, wipeOffline } from '../offline/sync'
import { readMeta, writeMeta } from '../offline/store'

export const session = reactive({
  user: null as User | null,
  ready: false,
  /** Opened without network: the account remembered on this phone, no CSRF token yet. */
  offline: false,
})

function accept(body: SessionBody): void {
  session.user = body.user
  session.offline = false
  setCsrfToken(body.csrf_token || '')
  // The account (not family data) is remembered so that the app opens without network; the
  // outbox sends this account's entries. Both are wiped at sign-out.
  void writeMeta('user', JSON.parse(JSON.stringify(body.user))).catch(() => {})
  void startOutbox(body.user.id, records(body.user), confirmSession)
}

const records = (u: User) => u.memberships.some((m) => m.role === 'practitioner' || m.role === 'manager')

/** Before the outbox sends after an offline start: the server's session and its CSRF token. */
async function confirmSession(): Promise<'done' | 'offline' | 'signed_out'> {
  if (!session.offline) return 'done'
  try {
    accept(await get<SessionBody>('/me', undefined, { quiet401: true }))
    return 'done'
  } catch (e) {
    return e instanceof ApiError && e.status === 401 ? 'signed_out' : 'offline'
  }
}

/** No network at app start: the account that signed in last on this phone, if any. */
async function rememberedUser(): Promise<User | null> {
  try {
    return await readMeta<User>('user')
  } catch {
    return null
  }
}

export function clearSession(): void {
  session.user = null
  setCsrfToken('')
}

let probing: Promise<void> | null = null

/** Asks the server once who we are (GET /me); a 401 just means logged out. */
export function loadSession(): Promise<void> {
  if (session.ready) return Promise.resolve()
  if (!probing) {
    probing = get<SessionBody>('/me', undefined, { quiet401: true })
      .then(async (body) => {
        accept(body)
        await reconcileLocale(body.user)
      })
      .catch(async (e) => {
        const remembered = e instanceof ApiError && e.status === 0 ? await rememberedUser() : null
        if (remembered) {
          session.user = remembered
          session.offline = true
          void startOutbox(remembered.id, false, confirmSession)
          return
        }
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('session probe failed', e)
        clearSession()
      })
      .finally(() => {
        session.ready = true
        probing = null
      })
  }
  return probing
}

/** Step one: the password. Null when a second factor is due (completeLogin). */
export async function login(email: string, password: string): Promise<User | null> {
  const body = await post<SessionBody | { second_factor_required: true }>('/session', { email, password }, { quiet401: true })
  if ('second_factor_required' in body) return null
  return signedIn(body)
}

/** Step two: a code of the app, or one recovery code. */
export async function completeLogin(proof: { code: string } | { recovery_code: string }): Promise<User> {
  return signedIn(await post<SessionBody>('/session/second-factor', proof, { quiet401: true }))
}

async function signedIn(body: SessionBody): Promise<User> {
  accept(body)
  await reconcileLocale(body.user)
  session.ready = true
  return body.user
}

/** Asks the server again who we are (after turning two-step sign-in on or off). */
export async function refreshSession(): Promise<void> {
  accept(await get<SessionBody>('/me'))
}

/** Signed in with a password only while two-step sign-in is required: may only enrol. */
export const mustEnrol = computed(() => !!session.user?.two_factor?.required && !session.user?.two_factor?.enabled)

export async function logout(): Promise<void> {
  try {
    await del<void>('/session', { quiet401: true })
  } finally {
    clearSession()
    await wipeOffline()
  }
}

/**
 * The language chosen on this device (localStorage) wins and is saved to the profile;
 * a device with no choice yet takes the profile's language.
 */
async function reconcileLocale(user: User): Promise<void> {
  const device = storedLocale()
  if (device) {
    if (device !== currentLocale()) applyLocale(device)
    if (user.locale !== device) await saveLocale(device)
  } else if (user.locale) {
    applyLocale(user.locale)
  }
}

async function saveLocale(l: Locale): Promise<void> {
  try {
    const body = await patch<{ user: User; csrf_token?: string }>('/me', { locale: l })
    if (body?.user) session.user = body.user
    if (body?.csrf_token) setCsrfToken(body.csrf_token)
  } catch (e) {
    console.warn('could not save the language in the profile', e)
  }
}

/** The language switch: applies at once, remembers on this device and in the profile. */
export async function chooseLocale(l: Locale): Promise<void> {
  applyLocale(l)
  if (session.user) await saveLocale(l)
}

export const isAdmin = computed(() => !!session.user?.is_admin)

export const myRoles = computed<Set<Role>>(() => new Set((session.user?.memberships ?? []).map((m) => m.role)))

export function hasRole(r: Role): boolean {
  return myRoles.value.has(r)
}

/** Organizations where the user is manager (may edit their details, not their status). */
export function managesOrganization(orgId: string): boolean {
  return (session.user?.memberships ?? []).some((m) => m.role === 'manager' && m.organization_id === orgId)
}

