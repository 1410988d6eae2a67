package dev.activecalls.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Transforms SDK futures so that {@code cancel} still reaches the HTTP call: cancelling a
 * future made by {@link CompletableFuture#thenApply} alone would not cancel its source.
 */
public final class Futures {
  private Futures() {}

  /**
   * Returns a future of {@code mapper} applied to {@code source}'s result; failures pass through
   * unwrapped. Cancelling the returned future cancels {@code source}.
   *
   * @param source the SDK's future
   * @param mapper applied to a successful result
   * @param <T> the source result type
   * @param <R> the mapped result type
   * @return the mapped future
   */
  public static <T, R> CompletableFuture<R> map(
      CompletableFuture<T> source, Function<? super T, ? extends R> mapper) {
    return handle(source, (value, failure) -> {
      if (failure != null) {
        throw failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
      }
      return mapper.apply(value);
    });
  }

  /**
   * Returns a future of {@code handler} applied to {@code source}'s result or failure (unwrapped
   * from {@link CompletionException}); what the handler throws fails the returned future.
   * Cancelling the returned future cancels {@code source}.
   *
   * @param source the SDK's future
   * @param handler receives the value, or null and the failure
   * @param <T> the source result type
   * @param <R> the handled result type
   * @return the handled future
   */
  public static <T, R> CompletableFuture<R> handle(
      CompletableFuture<T> source, BiFunction<? super @Nullable T, ? super @Nullable Throwable, ? extends R> handler) {
    CompletableFuture<R> handled = cancelling(() -> source.cancel(true));
    source.whenComplete((value, failure) -> {
      try {
        handled.complete(handler.apply(failure == null ? value : null, failure == null ? null : unwrap(failure)));
      } catch (CompletionException e) {
        handled.completeExceptionally(e.getCause() != null ? e.getCause() : e);
      } catch (RuntimeException e) {
        handled.completeExceptionally(e);
      }
    });
    return handled;
  }

  /**
   * Returns an incomplete future whose {@code cancel} also runs {@code onCancel}. Cheaper than
   * watching for cancellation with a {@code whenComplete} stage, which every call would pay for.
   *
   * @param onCancel run once, on the cancelling thread, if {@code cancel} cancels the future
   * @param <T> the result type
   * @return the future
   */
  public static <T> CompletableFuture<T> cancelling(Runnable onCancel) {
    return new CancellingFuture<>(onCancel);
  }

  private static final class CancellingFuture<T> extends CompletableFuture<T> {
    private final Runnable onCancel;

    CancellingFuture(Runnable onCancel) {
      this.onCancel = onCancel;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        onCancel.run();
      }
      return cancelled;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new CompletableFuture<>(); // dependent stages do not cancel this one's source
    }
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
