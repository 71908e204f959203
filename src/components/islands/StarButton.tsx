// Star toggle for one session on the agenda and the personal agendas: stars live in the browser
// (and its stars cookie) for visitors and in the account once signed in (the shared star store
// syncs both). Disabled until hydrated, and not shown without scripting (StarButton.css).
import { useEffect, useState } from 'react';
import './StarButton.css';
import type { StarLabels } from '~/lib/personal-agenda/stars-labels';
import { startStarStore, subscribeStars, toggleStar } from '~/lib/personal-agenda/star-store.client';

interface Props {
  slug: string;
  /** The strings it renders, in the page's language (starLabels(lang)): no catalogue in the bundle. */
  labels: StarLabels;
  /** The session title, added to the accessible name when several buttons share a page. */
  title?: string;
  /** What the server knows (the delegate's agenda), shown until the browser's own answer arrives. */
  starred?: boolean;
}

export default function StarButton({ slug, labels, title, starred: initial = false }: Props) {
  const [ready, setReady] = useState(false);
  const [starred, setStarred] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const unsubscribe = subscribeStars((stars) => setStarred(stars.has(slug)));
    setReady(true);
    void startStarStore();
    return unsubscribe;
  }, [slug]);

  async function onClick() {
    setBusy(true);
    setFailed(false);
    const ok = await toggleStar(slug, !starred);
    setFailed(!ok);
    setBusy(false);
  }

  return (
    <span className="star-toggle">
      <button
        type="button"
        className="star-button"
        aria-pressed={starred}
        aria-busy={busy}
        disabled={!ready}
        data-slug={slug}
        onClick={() => void onClick()}
      >
        <span aria-hidden="true">{starred ? '★ ' : '☆ '}</span>
        {labels.label}
        {title ? <span className="visually-hidden">: {title}</span> : null}
      </button>
      <span role="status" className="star-status">
        {failed ? labels.failed : ''}
      </span>
    </span>
  );
}
