// Who a leader may change on the People screen, mirroring the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayManage, invitableRoles } from '../src/lib/accountRules.js';

const sales = { id: 1, name: 'Sales' };
const marketing = { id: 2, name: 'Marketing' };
const admin = { id: 10, role: 'admin', team: null };
const manager = { id: 11, role: 'manager', team: sales };

test('admins manage everyone but themselves', () => {
  assert.equal(mayManage(admin, { id: 12, role: 'manager', team: marketing }), true);
  assert.equal(mayManage(admin, admin), false);
});

test("managers manage their own team's advocates only", () => {
  assert.equal(mayManage(manager, { id: 20, role: 'advocate', team: sales }), true);
  assert.equal(mayManage(manager, { id: 21, role: 'advocate', team: marketing }), false);
  assert.equal(mayManage(manager, { id: 22, role: 'manager', team: sales }), false);
  assert.equal(mayManage(manager, manager), false);
});

test('managers invite advocates; admins any role', () => {
  assert.deepEqual(invitableRoles(manager), ['advocate']);
  assert.deepEqual(invitableRoles(admin), ['advocate', 'manager', 'admin']);
});
