// Session endpoints. Callers must refresh the CSRF token afterwards because
// the server rotates the session (see actions/session.js).
import { post } from './client.js';

export const login = (email, password) => post('/auth/login', { email, password });
export const logout = () => post('/auth/logout');
