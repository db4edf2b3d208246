// Wraps an async task so overlapping calls collapse: at most one run in
// flight, plus one follow-up if more calls arrived meanwhile (a burst of N
// pushes costs two requests, not N).
export function coalesced(task) {
  let running = false;
  let again = false;
  return async function run() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await task();
      } while (again);
    } finally {
      running = false;
    }
  };
}
