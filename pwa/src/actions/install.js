// The advocate tapped Install app: show the browser's install prompt.
import { install, hideInstallCard } from '../state/install.js';

export async function installApp() {
  const { prompt: offered } = install.get();
  if (!offered) return;
  // A prompt shows once; forget it so the button goes until the browser offers again.
  install.set((state) => ({ ...state, prompt: null }));
  try {
    await offered.prompt(); // called within the tap, as the browser requires
  } catch {
    return; // the browser withdrew it; it fires beforeinstallprompt again when it can
  }
  const { outcome } = await offered.userChoice;
  if (outcome === 'accepted') install.set((state) => ({ ...state, installed: true }));
  // "Not now" to the browser is "not now" to the feed card too; the menu still offers it.
  else hideInstallCard();
}
