package org.lynxim.adapter.out.rocksdb;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Small values a write reads back before it changes them (a conversation's head, an inbox's last
 * inbox_seq), remembered so that a write does not read them from the database again. Only a writer
 * holding the lock of those values loads or changes them here, and only after its write succeeded,
 * so what is remembered is what is stored; readers without the lock only look. Past {@code max}
 * values it forgets them all, and they are loaded again.
 */
final class Remembered<K, V> {
  private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
  private final int max;

  Remembered(int max) {
    this.max = max;
  }

  /** The remembered value, or null. */
  V peek(K key) {
    return values.get(key);
  }

  /**
   * The values of the keys (repeats allowed), in a map the caller may change; those not remembered
   * are loaded with one call of {@code load} (which answers a value for each key, in order) and
   * remembered. Only under the values' write lock.
   */
  Map<K, V> load(Collection<K> keys, Function<List<K>, List<V>> load) {
    Map<K, V> found = new HashMap<>();
    Set<K> missing = new LinkedHashSet<>();
    for (K key : keys) {
      V value = values.get(key);
      if (value == null) {
        missing.add(key);
      } else {
        found.put(key, value);
      }
    }
    if (!missing.isEmpty()) {
      List<K> asked = List.copyOf(missing);
      List<V> loaded = load.apply(asked);
      for (int i = 0; i < asked.size(); i++) {
        found.put(asked.get(i), loaded.get(i));
        remember(asked.get(i), loaded.get(i));
      }
    }
    return found;
  }

  /** Remembers what was just written. Only under the values' write lock. */
  void remember(K key, V value) {
    if (values.size() >= max && !values.containsKey(key)) {
      values.clear();
    }
    values.put(key, value);
  }

  void rememberAll(Map<K, V> written) {
    written.forEach(this::remember);
  }
}
