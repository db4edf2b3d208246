// The live connection. The server only accepts sockets from a signed-in
// session (the cookie rides on the handshake), so connect after login and
// start a fresh socket whenever the session changes.
import { io } from 'socket.io-client';
import { createStore } from '../lib/store.js';

const ACK_TIMEOUT_MS = 5000;

/** 'offline' | 'connecting' | 'live' — for the leaderboard's "Live" badge. */
export const connection = createStore('offline');

let socket = null;
// Rooms the UI wants, so they can be rejoined after every reconnect (the
// server forgets room membership when a socket drops).
const rooms = new Map();
const listeners = {
  board: new Set(),
  points: new Set(),
  progress: new Set(),
  connect: new Set(),
  prizeWon: new Set(),
  prizesAwarded: new Set(),
  kudos: new Set(),
  challenge: new Set(),
  redemption: new Set(),
  ended: new Set(),
};

export function connectRealtime() {
  disconnectRealtime();
  connection.set('connecting');
  socket = io({ path: '/socket.io', transports: ['websocket', 'polling'], withCredentials: true });
  socket.on('connect', handleConnect);
  socket.on('disconnect', (reason) => {
    connection.set(socket && socket.active ? 'connecting' : 'offline');
    // Only the server ending this person's sessions drops a socket this way.
    if (reason === 'io server disconnect') emitLocal('ended');
  });
  socket.on('connect_error', () => connection.set(socket && socket.active ? 'connecting' : 'offline'));
  socket.on('leaderboard:delta', (payload) => emitLocal('board', payload));
  socket.on('points:update', (payload) => emitLocal('points', payload));
  socket.on('progress:update', (payload) => emitLocal('progress', payload));
  socket.on('prize:won', (payload) => emitLocal('prizeWon', payload));
  socket.on('prizes:awarded', (payload) => emitLocal('prizesAwarded', payload));
  socket.on('kudos:received', (payload) => emitLocal('kudos', payload));
  socket.on('challenge:progress', (payload) => emitLocal('challenge', { ...payload, reached: false }));
  socket.on('challenge:reached', (payload) => emitLocal('challenge', { ...payload, reached: true }));
  socket.on('redemption:update', (payload) => emitLocal('redemption', payload));
}

export function disconnectRealtime() {
  if (!socket) return;
  socket.removeAllListeners();
  socket.disconnect();
  socket = null;
  connection.set('offline');
}

function handleConnect() {
  connection.set('live');
  rooms.forEach((room) => emitJoin(room));
  emitLocal('connect');
}

function emitLocal(kind, payload) {
  listeners[kind].forEach((listener) => listener(payload));
}

function subscribe(kind, listener) {
  listeners[kind].add(listener);
  return () => listeners[kind].delete(listener);
}

/**
 * {board: {period, period_key, scope, value}, versions, changes} for boards
 * we joined, at most one per board every 250 ms. Returns unsubscribe.
 */
export const onLeaderboardDelta = (listener) => subscribe('board', listener);
/** {points: {week, month, quarter, all_time}} for the signed-in advocate. */
export const onPointsUpdate = (listener) => subscribe('points', listener);
/** {badges, level, streak}: what the signed-in advocate just earned. */
export const onProgressUpdate = (listener) => subscribe('progress', listener);
/** {winner_id, prize, month, month_label, place, how}: the signed-in advocate (or their team) won. */
export const onPrizeWon = (listener) => subscribe('prizeWon', listener);
/** {month}: a month's prizes were awarded somewhere; the winners' wall changed. */
export const onPrizesAwarded = (listener) => subscribe('prizesAwarded', listener);
/** {id, from, message, points}: a leader just gave the signed-in advocate kudos. */
export const onKudosReceived = (listener) => subscribe('kudos', listener);
/** {card, reached}: a team challenge of the signed-in advocate's team moved (or was just reached). */
export const onChallenge = (listener) => subscribe('challenge', listener);
/** {redemption}: one of the signed-in advocate's reward redemptions changed status. */
export const onRedemptionUpdate = (listener) => subscribe('redemption', listener);
/** The server dropped the socket: the account was deactivated or its password reset. */
export const onSessionEnded = (listener) => subscribe('ended', listener);
/** Every (re)connect: anything pushed while we were away was missed. */
export const onReconnect = (listener) => subscribe('connect', listener);

/**
 * Join a board's room: {period, scope, window?}; scope 'teams' is team versus
 * team. Resolves with the server's ack ({ok, room, board} or {ok: false, error}).
 */
export function joinLeaderboard(board) {
  const room = roomOf(board);
  rooms.set(roomKey(room), room);
  // While disconnected, handleConnect joins on connect; emitting now would
  // be buffered by socket.io and then sent a second time.
  return socket && socket.connected ? emitJoin(room) : Promise.resolve({ ok: false, error: 'not connected' });
}

export function leaveLeaderboard(board) {
  const room = roomOf(board);
  rooms.delete(roomKey(room));
  if (socket && socket.connected) socket.emit('leaderboard:leave', room);
}

function emitJoin(room) {
  return new Promise((resolve) => {
    socket.timeout(ACK_TIMEOUT_MS).emit('leaderboard:join', room, (err, ack) => {
      resolve(err ? { ok: false, error: 'timeout' } : ack || { ok: false, error: 'no ack' });
    });
  });
}

// The server refuses a window on calendar periods, even an empty one.
function roomOf({ period, scope, window }) {
  return window ? { period, scope, window } : { period, scope };
}

function roomKey({ period, scope, window }) {
  return `${period}:${window || ''}:${scope}`;
}
