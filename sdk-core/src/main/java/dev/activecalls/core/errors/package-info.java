/**
 * The exceptions every activecalls-java client throws, all unchecked and rooted at {@link
 * dev.activecalls.core.errors.ActiveCallsException}.
 *
 * <ul>
 *   <li>{@link dev.activecalls.core.errors.ApiException} and its subclasses: the vendor answered
 *       with an error (one subclass per HTTP meaning, {@link
 *       dev.activecalls.core.errors.UnexpectedStatusException} for the rest).
 *   <li>{@link dev.activecalls.core.errors.ApiConnectionException}: no answer came (I/O failure),
 *       and its subclass {@link dev.activecalls.core.errors.ApiTimeoutException}.
 *   <li>{@link dev.activecalls.core.errors.ResponseDecodingException}: an answer came that is not
 *       the JSON the endpoint documents.
 *   <li>{@link dev.activecalls.core.errors.ResponseTooLargeException}: an answer larger than the
 *       client's response-size limit.
 * </ul>
 *
 * <p>Every message is at most 1,999 characters; what it quotes from the vendor is cut with a
 * visible ellipsis, has control characters escaped, and never contains the client's secrets.
 *
 * <p>Caller mistakes (a blank room name, a phone number with letters) are reported with {@link
 * java.lang.IllegalArgumentException} before any request is sent, not with these types.
 */
@NullMarked
package dev.activecalls.core.errors;

import org.jspecify.annotations.NullMarked;
