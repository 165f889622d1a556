import { useState } from 'react';
import { initials } from '../lib/format';

/**
 * A round picture (the gateway's generated default when none is set), or initials; with a presence
 * dot when `online` is given. The picture is decoration; the presence is also said in words for
 * screen readers unless the caller says it in visible text (`announce={false}`).
 */
export function Avatar({
  name,
  url,
  size = 40,
  online,
  announce = true,
}: {
  name: string;
  url: string | null;
  size?: number;
  online?: boolean;
  announce?: boolean;
}) {
  const [broken, setBroken] = useState(false);
  return (
    <>
      <span className="avatar" style={{ width: size, height: size, fontSize: size * 0.4 }} aria-hidden="true">
        {url && !broken ? (
          // A plain img: small SVGs from the gateway; next/image would add nothing.
          <img src={url} alt="" width={size} height={size} onError={() => setBroken(true)} />
        ) : (
          <span className="avatar-initials">{initials(name)}</span>
        )}
        {online !== undefined && <span className={online ? 'presence-dot online' : 'presence-dot'} data-testid="presence-dot" data-online={String(online)} />}
      </span>
      {online !== undefined && announce && (
        <span className="sr-only" data-testid="presence-text">
          {online ? ', online' : ', offline'}
        </span>
      )}
    </>
  );
}
