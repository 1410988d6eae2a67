package dev.activecalls.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Every item of a paged list without blocking: pages are fetched one after another, the next only
 * after every item of the last has been handed to the action. Each call of {@link #forEach} or
 * {@link #toList} starts again from the first page. No thread is held between pages.
 *
 * @param <T> the item type
 */
public interface AutoPagerAsync<T> {

  /**
   * Hands every item, in order, to {@code action}, on the thread that completed the page's fetch.
   * Cancelling the returned future cancels the page fetch in flight and fetches no more.
   *
   * @param action called once per item; what it throws fails the returned future and stops the
   *     fetching
   * @return a future completing when the last page has been handed over, or failing with what a
   *     page fetch failed with
   */
  CompletableFuture<Void> forEach(Consumer<? super T> action);

  /**
   * Collects every item of every page.
   *
   * @return a future of the items in order, unmodifiable; cancelling it stops the fetching
   */
  CompletableFuture<List<T>> toList();
}
