// Session endpoints. Callers must refresh the CSRF token afterwards because
// the server rotates the session (see actions/session.js).
import { get, post } from './client.js';

export const login = (email, password) => post('/auth/login', { email, password });
export const logout = () => post('/auth/logout');
// Whether single sign-on is on: {enabled, label, start_url, password_login}.
export const ssoSettings = () => get('/auth/sso');
// The demo's sign-in, only while the demo company is seeded: {seeded, email, password}.
export const demoLogin = () => get('/auth/demo');
