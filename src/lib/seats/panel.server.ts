// Reads what a seat panel shows: the session's seats and the viewer's place from the
// database, and the page it is on (its own URL, or the Referer when it is a server island).
import type { SessionUser } from '~/lib/server/auth/session';
import { panelContext } from './seats';
import { seatPanelView, type SeatPanelView } from './panel';
import { seatStatus } from './seats.server';

/** A seat panel with the session's title, or null when there is nothing to show. */
export type LoadedSeatPanel = (SeatPanelView & { title: { vi: string; en: string } }) | null;

/** Loads the panel of one session for the viewer on the page being rendered. */
export function loadSeatPanel(
  slug: string,
  user: Pick<SessionUser, 'id' | 'emailVerified'> | null,
  request: { url: URL; referer: string | null },
): LoadedSeatPanel {
  const status = seatStatus(slug, user?.id);
  const view = seatPanelView(
    status,
    { signedIn: Boolean(user), emailVerified: user?.emailVerified ?? false },
    panelContext(request.url, request.referer, slug),
  );
  return view && status ? { ...view, title: status.title } : null;
}
