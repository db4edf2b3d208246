// Notifications were blocked for this site. Only the browser's settings can
// undo that (the page may not ask again), so say where to find them.
export function PushBlockedHelp() {
  return (
    <div class="push-help" data-testid="push-blocked-help">
      <p class="muted-note">
        Amplify can't send you notifications because they are blocked for this site. To allow them:
      </p>
      <h3 class="push-help-title">In a browser on a computer</h3>
      <ol class="push-help-steps">
        <li>Select the lock or tune icon next to the address bar.</li>
        <li>Open Permissions (or Site settings).</li>
        <li>Set Notifications to Allow.</li>
      </ol>
      <h3 class="push-help-title">In Chrome on Android</h3>
      <ol class="push-help-steps">
        <li>
          Tap <span aria-hidden="true">⋮</span>
          <span class="sr-only">More</span> → Settings → Site settings → Notifications.
        </li>
        <li>Find this site and choose Allow.</li>
      </ol>
      <p class="muted-note">Then come back to this page; it notices the change.</p>
    </div>
  );
}
