// The demo's sign-in for the login card: {email, password} only while the
// server says the demo company is seeded, else null (a real company, or the
// server not answering), so production never shows demo credentials.
import { useEffect, useState } from 'preact/hooks';
import { demoLogin } from '../api/auth.js';

export function useDemoLogin() {
  const [demo, setDemo] = useState(null);
  useEffect(() => {
    let live = true;
    demoLogin()
      .then((answer) => live && setDemo(answer.seeded ? answer : null))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return demo;
}
