// A badge's picture: its image when it loads, otherwise (no image, or a 404)
// a drawn medal with the badge's initials in its tier colour. Decorative:
// the tile next to it says the name and tier in words.
import { useState } from 'preact/hooks';
import { initials } from '../../lib/initials.js';
import { isEarned, tierLook } from '../../lib/badgeTiers.js';
import { Icon } from '../../components/Icon.jsx';

export function BadgeMedal({ badge }) {
  const [failed, setFailed] = useState(false);
  const showImage = badge.image && !failed;
  return (
    <span class={`badge-medal tier-${tierLook(badge)}`} aria-hidden="true">
      {showImage ? (
        <img src={badge.image} alt="" width="56" height="56" loading="lazy" onError={() => setFailed(true)} />
      ) : (
        <span class="badge-initials">{initials(badge.name || badge.id)}</span>
      )}
      {!isEarned(badge) && (
        <span class="badge-lock">
          <Icon name="lock" size={14} />
        </span>
      )}
    </span>
  );
}
