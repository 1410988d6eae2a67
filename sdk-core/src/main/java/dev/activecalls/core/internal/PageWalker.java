package dev.activecalls.core.internal;

import dev.activecalls.core.AutoPager;
import dev.activecalls.core.AutoPagerAsync;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Walks a numbered paged list for {@link AutoPager} and {@link AutoPagerAsync}: asks for page
 * {@code first}, then {@code first + 1}, and so on. It stops after a page whose number reaches the
 * last page the server reports, or that has no items. Counting from the numbers asked for, not
 * the numbers the server echoes, keeps the walk finite against a server that ignores {@code page}.
 *
 * @param <P> a page as the vendor module decodes it
 * @param <T> an item
 */
public final class PageWalker<P, T> {
  private final int first;
  private final Function<P, List<T>> items;
  private final Function<P, Integer> lastPage;

  /**
   * Describes a paged list.
   *
   * @param first the page to start at, from 1
   * @param items a page's items
   * @param lastPage the number of the last page, as the page reports it
   */
  public PageWalker(int first, Function<P, List<T>> items, Function<P, Integer> lastPage) {
    if (first < 1) {
      throw new IllegalArgumentException("first must be at least 1, was " + first);
    }
    this.first = first;
    this.items = Objects.requireNonNull(items, "items");
    this.lastPage = Objects.requireNonNull(lastPage, "lastPage");
  }

  /**
   * Returns a pager that fetches pages with {@code fetch}, blocking, as items are read.
   *
   * @param fetch fetches a page by number; what it throws reaches the reader
   * @return the pager
   */
  public AutoPager<T> blocking(IntFunction<P> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return () -> new Iterator<>() {
      private int next = first;
      private Iterator<T> current = Collections.emptyIterator();
      private boolean more = true;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && more) {
          int number = next;
          P page = fetch.apply(number);
          List<T> found = items.apply(page);
          more = hasPageAfter(number, page, found);
          next = number + 1;
          current = found.iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * Returns a pager that fetches pages with {@code fetch}, without blocking.
   *
   * @param fetch fetches a page by number; a failed future fails the walk
   * @return the pager
   */
  public AutoPagerAsync<T> async(IntFunction<CompletableFuture<P>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return new AutoPagerAsync<>() {
      @Override
      public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        return new AsyncWalk(fetch, action).start();
      }

      @Override
      public CompletableFuture<List<T>> toList() {
        List<T> all = new ArrayList<>();
        return Futures.map(forEach(all::add), done -> Collections.unmodifiableList(all));
      }
    };
  }

  private boolean hasPageAfter(int number, P page, List<T> found) {
    Integer last = lastPage.apply(page);
    return !found.isEmpty() && last != null && number < last;
  }

  /** One asynchronous walk: the page in flight and the future the walk completes. */
  private final class AsyncWalk {
    private final IntFunction<CompletableFuture<P>> fetch;
    private final Consumer<? super T> action;
    private final CompletableFuture<Void> done = Futures.cancelling(this::cancel);
    private volatile @Nullable CompletableFuture<P> inFlight;

    AsyncWalk(IntFunction<CompletableFuture<P>> fetch, Consumer<? super T> action) {
      this.fetch = fetch;
      this.action = action;
    }

    CompletableFuture<Void> start() {
      fetchPage(first);
      return done;
    }

    private void fetchPage(int number) {
      if (done.isDone()) {
        return;
      }
      CompletableFuture<P> page;
      try {
        page = fetch.apply(number);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      inFlight = page;
      if (done.isDone()) {
        page.cancel(true); // cancelled between the check and the assignment
        return;
      }
      page.whenComplete((value, failure) -> {
        if (failure != null) {
          done.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure);
          return;
        }
        try {
          List<T> found = items.apply(value);
          for (T item : found) {
            if (done.isDone()) {
              return;
            }
            action.accept(item);
          }
          if (hasPageAfter(number, value, found)) {
            fetchPage(number + 1);
          } else {
            done.complete(null);
          }
        } catch (RuntimeException | Error e) {
          done.completeExceptionally(e);
        }
      });
    }

    private void cancel() {
      CompletableFuture<P> page = inFlight;
      if (page != null) {
        page.cancel(true);
      }
    }
  }
}
