// Opens a share target in a new tab. Pop-up blockers (and headless browsers)
// make window.open return null or throw; callers get false and carry on.
export function openWindow(url) {
  try {
    const win = window.open(url, '_blank');
    if (!win) return false;
    // Keep the network's page from scripting ours; set here rather than via
    // the "noopener" feature so we can still tell whether a window opened.
    try {
      win.opener = null;
    } catch {
      // cross-origin access errors are fine: the window is open
    }
    return true;
  } catch {
    return false;
  }
}
