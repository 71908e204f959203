// A counter of changes to who is matchable, so the cached candidate index knows it is stale.
// Its own module so writers (profiles, consents) and the cache do not import each other.

let version = 0;

/** Call after anything that changes a profile or who may be shown (profile saved, consent withdrawn). */
export function markProfilesChanged(): void {
  version++;
}

/** The current change count; the cache rebuilds when it differs from the one it was built at. */
export function profilesVersion(): number {
  return version;
}
