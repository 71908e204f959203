// Which organisation the portal shows: the one asked for (`?org=`) if the person belongs to it,
// else their first; never one they do not belong to.
/** The organisation to show among the person's own, or undefined when they have none. */
export function chooseOrganisation<O extends { id: string }>(own: readonly O[], asked: string | null): O | undefined {
  return own.find((o) => o.id === asked) ?? own[0];
}
