// Referrals (issue 12, first slice): the sent and received boxes, a referral's page with its
// timeline and next steps, and « Référer » from a family's page.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// The sending and the receiving organizations' practitioners and managers (the server's policy).
const workers = (who: Viewer) => who.roles.has('practitioner') || who.roles.has('manager')

export const referralsModule: WebModule = {
  name: 'referrals',
  routes: [
    { path: '/aiguillages', name: 'referrals', component: () => import('./ReferralList.vue'), meta: { title: 'referrals.title', section: 'referrals', allow: workers } },
    { path: '/aiguillages/:id', name: 'referral', component: () => import('./ReferralPage.vue'), props: true, meta: { title: 'referrals.pageTitle', section: 'referrals', allow: workers } },
    { path: '/familles/:familyId/referer', name: 'refer', component: () => import('./ReferForm.vue'), props: true, meta: { title: 'referrals.refer', section: 'families', allow: workers } },
  ],
  navigation: [
    { route: 'referrals', label: 'nav.referrals', hint: 'home.referralsHint', audience: workers, order: 14, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
