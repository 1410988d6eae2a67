package dev.activecalls.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Mapping of SDK futures that keeps {@code cancel} working through the chain. */
public final class Futures {
  private Futures() {}

  /**
   * Returns a future of {@code mapper} applied to {@code source}'s result. Cancelling the returned
   * future cancels {@code source}, which cancels the HTTP call and any pending retry; {@link
   * CompletableFuture#thenApply} alone would not.
   *
   * @param source the SDK's future
   * @param mapper applied to a successful result
   * @param <T> the source result type
   * @param <R> the mapped result type
   * @return the mapped future
   */
  public static <T, R> CompletableFuture<R> map(
      CompletableFuture<T> source, Function<? super T, ? extends R> mapper) {
    CompletableFuture<R> mapped = new CompletableFuture<>();
    source.whenComplete((value, failure) -> {
      if (failure != null) {
        mapped.completeExceptionally(unwrap(failure));
        return;
      }
      try {
        mapped.complete(mapper.apply(value));
      } catch (RuntimeException e) {
        mapped.completeExceptionally(e);
      }
    });
    mapped.whenComplete((value, failure) -> {
      if (mapped.isCancelled()) {
        source.cancel(true);
      }
    });
    return mapped;
  }

  /** Removes the {@code CompletionException} wrapper CompletableFuture adds to dependents. */
  static Throwable unwrap(Throwable failure) {
    return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
