/**
 * The registries an extraction reads the language with. `extractNewsletter` and `extractFile` take
 * them as a parameter and hold them here for the length of the (synchronous) reading; the rules ask
 * for what they derive from them — a compiled lexicon, a pattern — through `derived`, built once per
 * registries value. Extraction is synchronous between these two points, so no other reading can see
 * another's registries; threading them through every rule's arguments would add a parameter to
 * some thirty functions for no other gain.
 */
import { defaultRegistries, type Registries } from '../../graph-schema/registry.ts';

let current: Registries = defaultRegistries;

/** Runs a reading with these registries; the ones before are back afterwards, whatever happens. */
export function withRegistries<T>(registries: Registries, read: () => T): T {
  const before = current;
  current = registries;
  try {
    return read();
  } finally {
    current = before;
  }
}

/** The registries of the reading under way. */
export function registries(): Registries {
  return current;
}

/** A value built from the registries (a lexicon, a pattern), built once per registries value. */
export function derived<T>(build: (registries: Registries) => T): () => T {
  const built = new WeakMap<Registries, T>();
  return () => {
    let value = built.get(current);
    if (value === undefined) {
      value = build(current);
      built.set(current, value);
    }
    return value;
  };
}
