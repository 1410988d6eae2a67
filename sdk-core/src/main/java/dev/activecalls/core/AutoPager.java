package dev.activecalls.core;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged list, fetched page by page as it is read: the first page when iteration
 * starts, the next one only when the items of the last are used up. Each {@link #iterator()} (and
 * each {@link #stream()}) starts again from the first page. A failed page fetch is thrown from
 * {@code hasNext()} or {@code next()} as the blocking verb would throw it.
 *
 * <pre>{@code
 * for (Call call : talkover.calls().listAll(request)) { ... }   // stop early: no more pages fetched
 * }</pre>
 *
 * @param <T> the item type
 */
public interface AutoPager<T> extends Iterable<T> {

  /**
   * Returns the items as a sequential, lazy stream: pages are fetched as the stream pulls items,
   * so {@code limit} or {@code findFirst} stop the fetching.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }
}
