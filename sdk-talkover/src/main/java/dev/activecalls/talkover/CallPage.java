package dev.activecalls.talkover;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Talkover call list. Talkover documents the paging object as {@code pagination}
 * (with {@code from} and {@code to}); its OpenAPI file names it {@code meta}: both are read. A body
 * with neither is one page holding every call.
 *
 * @param calls the calls on this page, in Talkover's order; unmodifiable
 * @param currentPage the page's number, from 1 ({@code current_page})
 * @param lastPage the number of the last page ({@code last_page}); at least {@code currentPage}
 *     when Talkover's numbers agree
 * @param perPage how many calls a page holds ({@code per_page})
 * @param total how many calls match on all pages, or null when Talkover sent no count
 */
public record CallPage(List<Call> calls, int currentPage, int lastPage, int perPage,
    @Nullable Long total) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if {@code calls} or one of its calls is null
   */
  public CallPage {
    calls = List.copyOf(Objects.requireNonNull(calls, "calls"));
  }

  /**
   * Tells whether a page follows this one.
   *
   * @return true if {@code currentPage < lastPage}
   */
  public boolean hasNextPage() {
    return currentPage < lastPage;
  }
}
