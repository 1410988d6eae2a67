package dev.activecalls.talkover;

import dev.activecalls.core.internal.PathSegments;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which of Talkover's calls to list, and which page: every filter {@code GET /api/v1/calls}
 * documents. Null means "not filtered" (or Talkover's default) and sends nothing. With {@code
 * agentId} the request goes to {@code GET /api/v1/agents/{agent_id}/calls}, where an unknown agent
 * is a {@link dev.activecalls.core.errors.NotFoundException} rather than an empty list. Checked
 * when built, before any request is sent.
 *
 * <pre>{@code
 * CallListRequest request = CallListRequest.builder()
 *     .agentId(agentId).status("answered").dateFrom(LocalDate.of(2026, 12, 1)).perPage(100).build();
 * }</pre>
 *
 * @param agentId only this agent's calls, or null for every agent
 * @param status only calls in this state, as Talkover spells it ({@code initiated}, {@code
 *     ringing}, {@code answered}, {@code completed}, {@code failed}, {@code busy}, {@code
 *     no-answer}), or null
 * @param direction {@code inbound} or {@code outbound}, or null
 * @param dateFrom only calls from this day on ({@code date_from}), or null
 * @param dateTo only calls up to this day ({@code date_to}), or null
 * @param search text Talkover looks for in phone numbers and call SIDs, or null
 * @param perPage calls per page, 1 to 100 (Talkover's default is 20), or null
 * @param page the page, from 1 (Talkover's default is 1), or null
 */
public record CallListRequest(
    @Nullable String agentId,
    @Nullable String status,
    @Nullable String direction,
    @Nullable LocalDate dateFrom,
    @Nullable LocalDate dateTo,
    @Nullable String search,
    @Nullable Integer perPage,
    @Nullable Integer page) {

  /** The most calls Talkover puts on one page. */
  public static final int MAX_PER_PAGE = 100;

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException naming the parameter: an {@code agentId} that {@link
   *     ActiveCallByPhoneRequest} would refuse; a blank {@code status}, {@code direction} or {@code
   *     search}, or one with a lone surrogate; {@code dateFrom} after {@code dateTo}; {@code
   *     perPage} outside 1 to 100; {@code page} below 1
   */
  public CallListRequest {
    if (agentId != null) {
      ActiveCallByPhoneRequest.checkAgentId(agentId);
    }
    checkText("status", status);
    checkText("direction", direction);
    checkText("search", search);
    if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
      throw new IllegalArgumentException(
          "dateFrom must not be after dateTo: " + dateFrom + " is after " + dateTo);
    }
    if (perPage != null && (perPage < 1 || perPage > MAX_PER_PAGE)) {
      throw new IllegalArgumentException(
          "perPage must be from 1 to " + MAX_PER_PAGE + ", was " + perPage);
    }
    if (page != null && page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
  }

  /**
   * Returns a request with no filters: every call, Talkover's first page of 20.
   *
   * @return the request
   */
  public static CallListRequest all() {
    return builder().build();
  }

  /**
   * Returns a builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to change some.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().agentId(agentId).status(status).direction(direction).dateFrom(dateFrom)
        .dateTo(dateTo).search(search).perPage(perPage).page(page);
  }

  /**
   * Returns this request for another page.
   *
   * @param number the page, from 1
   * @return the request
   * @throws IllegalArgumentException if {@code number} is below 1
   */
  public CallListRequest withPage(int number) {
    return new CallListRequest(agentId, status, direction, dateFrom, dateTo, search, perPage, number);
  }

  private static void checkText(String name, @Nullable String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank; leave it unset to not filter");
    }
    PathSegments.checkSurrogates(name, value);
  }

  /** Builds a {@link CallListRequest}; every value is optional. */
  public static final class Builder {
    private @Nullable String agentId;
    private @Nullable String status;
    private @Nullable String direction;
    private @Nullable LocalDate dateFrom;
    private @Nullable LocalDate dateTo;
    private @Nullable String search;
    private @Nullable Integer perPage;
    private @Nullable Integer page;

    private Builder() {}

    /**
     * Lists only this agent's calls, through {@code /api/v1/agents/{agent_id}/calls}.
     *
     * @param value the agent's id, or null for every agent
     * @return this builder
     */
    public Builder agentId(@Nullable String value) {
      this.agentId = value;
      return this;
    }

    /**
     * Lists only calls in this state.
     *
     * @param value the state as Talkover spells it, like {@code answered}, or null
     * @return this builder
     */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /**
     * Lists only calls in this direction.
     *
     * @param value {@code inbound} or {@code outbound}, or null
     * @return this builder
     */
    public Builder direction(@Nullable String value) {
      this.direction = value;
      return this;
    }

    /**
     * Lists only calls from this day on.
     *
     * @param value the first day, sent as {@code YYYY-MM-DD}, or null
     * @return this builder
     */
    public Builder dateFrom(@Nullable LocalDate value) {
      this.dateFrom = value;
      return this;
    }

    /**
     * Lists only calls up to this day.
     *
     * @param value the last day, sent as {@code YYYY-MM-DD}, or null
     * @return this builder
     */
    public Builder dateTo(@Nullable LocalDate value) {
      this.dateTo = value;
      return this;
    }

    /**
     * Lists only calls whose phone numbers or SID contain this text.
     *
     * @param value the text, or null
     * @return this builder
     */
    public Builder search(@Nullable String value) {
      this.search = value;
      return this;
    }

    /**
     * Sets how many calls a page holds.
     *
     * @param value 1 to 100, or null for Talkover's default of 20
     * @return this builder
     */
    public Builder perPage(@Nullable Integer value) {
      this.perPage = value;
      return this;
    }

    /**
     * Sets which page to fetch.
     *
     * @param value from 1, or null for the first
     * @return this builder
     */
    public Builder page(@Nullable Integer value) {
      this.page = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException naming the value that is invalid, as {@link
     *     CallListRequest#CallListRequest} says
     */
    public CallListRequest build() {
      return new CallListRequest(agentId, status, direction, dateFrom, dateTo, search, perPage, page);
    }
  }
}
