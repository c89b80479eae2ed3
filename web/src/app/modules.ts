// The web modules, listed once: the router, the header, the home page and the texts come from here.
// A new module: a folder with its pages, a module.ts and locales/{fr,en}.json, and one line below.
import { auditModule } from '../audit/module'
import { authModule } from '../auth/module'
import { coreModule } from '../core/module'
import { directoryModule } from '../directory/module'
import { journalModule } from '../journal/module'
import { familiesModule } from '../families/module'
import { gapsModule } from '../gaps/module'
import { layoutModule } from '../layout/module'
import { offlineModule } from '../offline/module'
import { privacyModule } from '../privacy/module'
import { questionnairesModule } from '../questionnaires/module'
import { referenceModule } from '../reference/module'
import { referralsModule } from '../referrals/module'
import { groupsModule } from '../groups/module'
import { networkModule } from '../network/module'
import { partnershipsModule } from '../partnerships/module'
import type { NavEntry } from './kit'
import { mergeMessages } from './routes'

export const modules = [layoutModule, authModule, journalModule, familiesModule, offlineModule, directoryModule, coreModule, auditModule, referenceModule, privacyModule, questionnairesModule, referralsModule, gapsModule, partnershipsModule, groupsModule, networkModule]

export const navigation: NavEntry[] = modules.flatMap((m) => m.navigation)

export const messages = {
  fr: mergeMessages(modules.map((m) => m.messages.fr)),
  en: mergeMessages(modules.map((m) => m.messages.en)),
}
