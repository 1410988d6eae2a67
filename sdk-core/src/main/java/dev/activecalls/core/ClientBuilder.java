package dev.activecalls.core;

import dev.activecalls.core.internal.Environment;
import dev.activecalls.core.internal.Environment.Variable;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.RuntimeCheck;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The options every vendor client's builder shares: base URL (and the plain-http opt-in for one
 * host), timeouts, retries, default headers, an OkHttpClient to share, interceptors, the
 * response-size limit, clock and sleeper. Each vendor builder extends this and adds its
 * credentials.
 *
 * <p>Defaults: connect timeout 10 s, read and write timeouts 30 s, no whole-call timeout (as in
 * OkHttp: the read and write timeouts already end an attempt whose server goes quiet, and arming a
 * whole-call timer costs every call a wake-up of OkHttp's watchdog thread; set {@link
 * #callTimeout(Duration)} for a hard bound), {@link RetryPolicy#defaults()}, the system clock and
 * real sleeping. With a supplied {@link OkHttpClient}, only the timeouts set here override that
 * client's own.
 *
 * @param <B> the vendor builder's own type, returned by every setter
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> implements Cloneable {
  /** The connect timeout used when neither this builder nor a supplied client sets one. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The read timeout used when neither this builder nor a supplied client sets one. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The write timeout used when neither this builder nor a supplied client sets one. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** The response-size limit used unless {@link #maxResponseBytes} sets another: 32 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  /** The HTTP pipeline's logger: a plain-http opt-in is worth a WARNING where its attempts log. */
  private static final System.Logger LOG = System.getLogger("dev.activecalls.http");
  /** Vendor and host pairs already warned about: withOptions makes variants cheaply and often. */
  private static final Set<String> WARNED_PLAIN_HTTP = ConcurrentHashMap.newKeySet();

  private final String defaultBaseUrl;
  private @Nullable String baseUrl;
  /** The one non-loopback host plain http may go to, canonical; immutable, so clone() may share it. */
  private @Nullable String plainHttpHost;
  private @Nullable Duration connectTimeout;
  private @Nullable Duration readTimeout;
  private @Nullable Duration writeTimeout;
  private @Nullable Duration callTimeout;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private @Nullable OkHttpClient okHttpClient;
  private List<Interceptor> interceptors = new ArrayList<>();
  private Headers.Builder headers = new Headers.Builder();
  /** The client whose connection pool and dispatcher a client made by withOptions shares. */
  @Nullable HttpPipeline sharedWith;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private List<Variable<B>> setFromEnvironment = List.of();

  /**
   * Creates a builder.
   *
   * @param defaultBaseUrl the vendor's production base URL, used unless {@link #baseUrl(String)}
   *     is called
   */
  protected ClientBuilder(String defaultBaseUrl) {
    this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
  }

  /**
   * Returns the environment variables {@link #fromEnv} reads, in the order their errors are
   * reported. Asked for only by {@code fromEnv}, so a client built in code links none of their
   * setters (each a lambda, and the first lambda a JVM links costs its start several
   * milliseconds).
   *
   * @return the vendor's variables, like {@code TRILLET_API_KEY}
   */
  @SuppressWarnings("exports") // for the vendor modules, to which the internal package is exported
  protected abstract List<Variable<B>> environment();

  @SuppressWarnings("unchecked") // B is the vendor builder's own type, which extends this class
  private B self() {
    return (B) this;
  }

  /**
   * Sets the credentials and, when set, the base URL from the process environment: {@code
   * fromEnv(System::getenv)}.
   *
   * @return this builder
   * @throws IllegalStateException if a required variable is unset or blank (the message names it)
   * @throws IllegalArgumentException if a required value is not a usable secret (the message names
   *     the variable, never the value)
   */
  public final B fromEnv() {
    return fromEnv(System::getenv);
  }

  /**
   * Sets the credentials and, when set, the base URL from the vendor's environment variables,
   * looked up in {@code env}: for tests, or for secrets kept somewhere other than the process
   * environment. The variables are the vendor client's (like {@code TRILLET_API_KEY}, {@code
   * TRILLET_WORKSPACE_ID} and the optional {@code TRILLET_BASE_URL}); a value set on this builder
   * afterwards wins. If {@link #build()} refuses a value read here, its message starts with the
   * variable's name.
   *
   * @param env returns a variable's value, or null when it is unset (for example {@code Map::get})
   * @return this builder
   * @throws IllegalStateException if a required variable is unset or blank (the message names it)
   * @throws IllegalArgumentException if a required value is not a usable secret (the message names
   *     the variable, never the value)
   */
  public final B fromEnv(Function<String, @Nullable String> env) {
    setFromEnvironment = Environment.apply(env, self(), environment());
    return self();
  }

  /**
   * Sets the base URL, for a proxy, a regional endpoint or a test server. Must be https, or plain
   * http to a loopback host (localhost, 127.0.0.0/8, ::1) or to the host named with {@link
   * #allowPlainHttpTo(String)}.
   *
   * @param baseUrl like {@code https://api.example.com} or {@code http://127.0.0.1:8080}
   * @return this builder
   */
  public final B baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return self();
  }

  /**
   * Lets the base URL use plain, unencrypted http to this one host, which is not loopback: for a
   * fake server in another container, like {@code http://fakes:8080}. The credentials then cross
   * the network in clear text to that host, so anyone on the path can read them; use it only for
   * test servers on a network you trust, never with real credentials. Only the exact host named
   * here is opened (compared without regard to case; no wildcard, any port); plain http to every
   * other non-loopback host is still refused, and credentials still go only to the base URL's
   * origin. It applies to a base URL set by {@link #baseUrl} or read by {@link #fromEnv}, in
   * either order. A later call names another host instead; the first client built with plain http
   * to a non-loopback host logs a WARNING on {@code dev.activecalls.http} (once per vendor and
   * host).
   *
   * @param host the host name or IP address alone, like {@code fakes} or {@code 10.0.0.5}: no
   *     scheme, port or path
   * @return this builder
   * @throws IllegalArgumentException if {@code host} is null, blank, a wildcard, or not a host
   *     alone (the message names {@code allowPlainHttpTo})
   */
  public final B allowPlainHttpTo(String host) {
    this.plainHttpHost = canonicalHost(host);
    return self();
  }

  /**
   * Sets how long to wait for a TCP/TLS connection.
   *
   * @param timeout positive
   * @return this builder
   * @throws IllegalArgumentException if zero or negative
   */
  public final B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * Sets how long to wait for each read of the response.
   *
   * @param timeout positive
   * @return this builder
   * @throws IllegalArgumentException if zero or negative
   */
  public final B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * Sets how long to wait for each write of the request.
   *
   * @param timeout positive
   * @return this builder
   * @throws IllegalArgumentException if zero or negative
   */
  public final B writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return self();
  }

  /**
   * Sets the whole-call timeout of one attempt: connect, write, server time and read together.
   * Retries get a fresh timeout each. There is none by default; set one when a server that keeps
   * trickling bytes must not hold a call longer than this.
   *
   * @param timeout positive
   * @return this builder
   * @throws IllegalArgumentException if zero or negative
   */
  public final B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * Sets when and how long to wait before retrying.
   *
   * @param retryPolicy the policy; {@link RetryPolicy#none()} turns retries off
   * @return this builder
   */
  public final B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Sets the number of retries, keeping the rest of the current retry policy.
   *
   * @param maxRetries 0 to 10
   * @return this builder
   * @throws IllegalArgumentException if outside 0..10
   */
  public final B maxRetries(int maxRetries) {
    this.retryPolicy = retryPolicy.newBuilder().maxRetries(maxRetries).build();
    return self();
  }

  /**
   * Shares the caller's OkHttpClient: its connection pool, dispatcher, proxy and TLS settings. It
   * is not modified; the client derives its own through {@link OkHttpClient#newBuilder()}, so the
   * SDK's authentication, retries and timeouts still apply. Closing the SDK client does not shut
   * it down.
   *
   * @param okHttpClient the client to share
   * @return this builder
   */
  public final B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * Adds a header sent with every request of the client, like {@code X-App: wallboard}; a header
   * of the same name in {@link RequestOptions} replaces it for one call. It cannot replace the
   * authentication headers.
   *
   * @param name the header name
   * @param value the header value
   * @return this builder
   * @throws IllegalArgumentException if the name or value is not a valid header
   */
  public final B header(String name, String value) {
    headers.add(name, value);
    return self();
  }

  /**
   * Sets the most bytes of a response body the client reads, counted after decompression (so a
   * small gzip bomb cannot pass it). A larger answer fails with {@link
   * dev.activecalls.core.errors.ResponseTooLargeException} and its connection is dropped without
   * reading further. Default {@value #DEFAULT_MAX_RESPONSE_BYTES} bytes (32 MiB), far above any
   * live-call list; lower it to bound memory per call more tightly.
   *
   * @param maxResponseBytes the limit in bytes
   * @return this builder
   * @throws IllegalArgumentException if {@code maxResponseBytes} is not positive
   */
  public final B maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /**
   * Adds an application interceptor, run on every attempt (including retries), before the
   * authentication headers are added.
   *
   * @param interceptor the interceptor
   * @return this builder
   */
  public final B addInterceptor(Interceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
    return self();
  }

  /**
   * Sets the clock used to read {@code Retry-After} dates.
   *
   * @param clock the clock
   * @return this builder
   */
  public final B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Sets what waits between retries; tests pass one that records instead of sleeping.
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public final B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Settles the configuration for a vendor client's constructor.
   *
   * @param vendor the vendor's short name for the User-Agent, like {@code trillet}
   * @param credentials the vendor's authentication headers
   * @return the configuration
   * @throws IllegalArgumentException if the base URL is not a valid https URL (or http to a
   *     loopback host or the host of {@link #allowPlainHttpTo}), or carries a query, fragment or
   *     user info
   */
  protected final ClientConfig buildConfig(String vendor, Credentials credentials) {
    HttpUrl url = checkBaseUrl(baseUrl != null ? baseUrl : defaultBaseUrl, plainHttpHost);
    if (!url.isHttps() && !isLoopback(url.host())) {
      warnPlainHttp(vendor, url);
    }
    boolean own = okHttpClient == null;
    return new ClientConfig(
        vendor,
        url,
        credentials,
        connectTimeout != null ? connectTimeout : own ? DEFAULT_CONNECT_TIMEOUT : null,
        readTimeout != null ? readTimeout : own ? DEFAULT_READ_TIMEOUT : null,
        writeTimeout != null ? writeTimeout : own ? DEFAULT_WRITE_TIMEOUT : null,
        callTimeout,
        retryPolicy,
        okHttpClient,
        interceptors,
        headers.build(),
        maxResponseBytes,
        clock,
        sleeper);
  }

  /**
   * Builds the client. Sends no request.
   *
   * @return a new client with this builder's settings
   * @throws IllegalStateException if the class path holds an OkHttp, Okio or Kotlin the SDK cannot
   *     run on (two OkHttp jars, or one too old); the message names the jars and the fix
   * @throws IllegalArgumentException if a setting is missing or invalid: a credential missing,
   *     blank or not printable ASCII, or a base URL that is not https (plain http is allowed only to
   *     a loopback host or the host of {@link #allowPlainHttpTo}); the message names the setting
   *     (and the environment variable it came from), never a secret's value
   */
  public final C build() {
    // Before anything of OkHttp's runs: a dependency conflict fails here, with the jars named.
    Class<?> client = getClass().getEnclosingClass();
    RuntimeCheck.verify(client != null ? client.getSimpleName() : getClass().getSimpleName());
    try {
      return newClient();
    } catch (IllegalArgumentException e) {
      throw Environment.named(e, setFromEnvironment);
    }
  }

  /**
   * Makes the vendor's client from this builder: checks the credentials and calls {@link
   * #buildConfig}.
   *
   * @return the client
   * @throws IllegalArgumentException if a setting is missing or invalid; the message starts with
   *     the setting's name
   */
  protected abstract C newClient();

  /**
   * Returns a copy of this builder, every setting included (the vendor's credentials too: a
   * vendor builder holds only immutable values), for {@link ApiClient#withOptions} to change.
   */
  @SuppressWarnings("unchecked") // clone() keeps the runtime class, which is B
  final B copy() {
    try {
      ClientBuilder<B, C> copy = (ClientBuilder<B, C>) super.clone();
      copy.interceptors = new ArrayList<>(interceptors);
      copy.headers = headers.build().newBuilder();
      return (B) copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e); // this class is Cloneable
    }
  }

  /**
   * Parses and checks a base URL.
   *
   * @param value the URL text
   * @param plainHttpHost the canonical host of {@link #allowPlainHttpTo}, or null for none
   * @return the URL
   * @throws IllegalArgumentException if it is not an https URL (or http to a loopback host or to
   *     {@code plainHttpHost}), or carries a query, fragment or user info
   */
  static HttpUrl checkBaseUrl(String value, @Nullable String plainHttpHost) {
    HttpUrl url = HttpUrl.parse(value.strip());
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not a valid http(s) URL: " + value);
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException("baseUrl must not contain user info");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + url);
    }
    // HttpUrl lowercases host names, and canonicalHost made plainHttpHost the same way.
    if (!url.isHttps() && !isLoopback(url.host()) && !url.host().equals(plainHttpHost)) {
      // The fix is named in full, so a user with a fake at http://fakes:8080 finds the opt-in.
      throw new IllegalArgumentException(
          "baseUrl must use https; plain http is allowed only to a loopback host (localhost,"
              + " 127.0.0.1, ::1) or to the one host named with allowPlainHttpTo(host), was " + url
              + "; for a test server on a trusted network call allowPlainHttpTo(\"" + url.host() + "\")");
    }
    return url;
  }

  /**
   * Returns {@code host} as HttpUrl writes a URL's host (lower case, IPv6 without brackets), so
   * that comparing it with a base URL's host is exact.
   *
   * @throws IllegalArgumentException if it is null, blank, has a wildcard, or is not a host alone
   */
  private static String canonicalHost(@Nullable String host) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("allowPlainHttpTo: host must not be null or blank");
    }
    // HttpUrl takes "*" as a host character; a wildcard would open more than the one host named.
    if (host.contains("*")) {
      throw new IllegalArgumentException("allowPlainHttpTo: host must be one exact host, no wildcard, was "
          + host.strip());
    }
    try {
      return new HttpUrl.Builder().scheme("http").host(host.strip()).build().host();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("allowPlainHttpTo: host must be a host name or IP address alone, no"
          + " scheme, port or path, was " + host.strip(), e);
    }
  }

  /** Logs, once per vendor and host, that credentials go unencrypted to a non-loopback host. */
  private static void warnPlainHttp(String vendor, HttpUrl url) {
    if (WARNED_PLAIN_HTTP.add(vendor + ' ' + url.host())) {
      LOG.log(System.Logger.Level.WARNING, () -> "The " + vendor + " client sends its credentials over plain"
          + " http to " + url.host() + ':' + url.port() + ", as allowPlainHttpTo(\"" + url.host()
          + "\") allows; anyone on the network path can read them. Use it only for test servers on a"
          + " trusted network.");
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (isDigitsAndDots(host)) {
      // OkHttp writes an IPv4 literal as four decimal octets; 127/8 is loopback. Answered here,
      // not by InetAddress (whose first use costs a cold start about 6 ms) or a regex (1 ms).
      return host.startsWith("127.");
    }
    if (!host.contains(":")) {
      return false; // never resolve names here: DNS must not decide where credentials go
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isDigitsAndDots(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return !host.isEmpty();
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
