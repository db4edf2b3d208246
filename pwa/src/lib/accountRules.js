// Who a leader may change on the People screen, as the server decides it
// (server/accounts/service.py): admins everyone but themselves; managers the
// advocates of their own team. The server checks again.
export function mayManage(me, person) {
  if (person.id === me.id) return false;
  if (me.role === 'admin') return true;
  return me.role === 'manager' && person.role === 'advocate' && teamId(person) === teamId(me);
}

const teamId = (someone) => (someone.team ? someone.team.id : null);

export const ROLE_LABELS = { advocate: 'Advocate', manager: 'Manager', admin: 'Admin' };

/** The roles a leader may invite: managers invite advocates only. */
export const invitableRoles = (me) => (me.role === 'admin' ? ['advocate', 'manager', 'admin'] : ['advocate']);
