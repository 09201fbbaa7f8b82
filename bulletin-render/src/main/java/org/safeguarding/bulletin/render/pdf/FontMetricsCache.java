package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * openhtmltopdf's font metrics, kept by one renderer for all its documents: they depend only on the
 * font faces, which a renderer never changes, and are otherwise worked out again for every document.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
  private final ConcurrentMap<String, FSCacheValue> metrics = new ConcurrentHashMap<>();

  @Override
  public void put(String key, FSCacheValue value) {
    metrics.put(key, value);
  }

  @Override
  public @Nullable FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    return metrics.computeIfAbsent(key, missing -> {
      try {
        return loader.call();
      } catch (Exception e) {
        throw new IllegalStateException("cannot work out the metrics of font " + key, e);
      }
    });
  }

  @Override
  public @Nullable FSCacheValue get(String key) {
    return metrics.get(key);
  }
}
