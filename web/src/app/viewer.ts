// The signed-in person as navigation and page guards see them.
import { computed } from 'vue'
import { isAdmin, myRoles } from '../auth/session'
import { canWriteDirectory } from '../directory/directory'
import type { Viewer } from './kit'

export const viewer = computed<Viewer>(() => ({ admin: isAdmin.value, roles: myRoles.value, directoryWriter: canWriteDirectory.value }))
