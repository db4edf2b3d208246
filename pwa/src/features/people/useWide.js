// Whether the screen is wide enough for the console's table (1024 px and up,
// where the side navigation appears); below it the phone's list stays.
import { useEffect, useState } from 'preact/hooks';

const WIDE = '(min-width: 1024px)';

export function useWide() {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const media = window.matchMedia(WIDE);
    const update = () => setWide(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return wide;
}
