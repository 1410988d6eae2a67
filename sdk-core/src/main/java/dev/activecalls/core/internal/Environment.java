package dev.activecalls.core.internal;

import dev.activecalls.core.ClientBuilder;
import dev.activecalls.core.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a client's settings from environment variables, the same way for every vendor: a required variable
 * that is unset or blank is an {@link IllegalStateException} naming it; every required value is
 * checked like a secret under the variable's name; and any other refusal (a base URL that is not
 * https, a token with a {@code Bearer } prefix) is an {@link IllegalArgumentException} whose
 * message starts with the variable's name. No message holds a secret.
 */
public final class Environment {
  private Environment() {}

  /**
   * One variable and the builder setting it feeds.
   *
   * @param name the variable, like {@code TRILLET_API_KEY}
   * @param parameter the builder's name for the setting, like {@code apiKey}, as the builder's own
   *     messages name it
   * @param required whether an unset or blank variable is an error (else it is skipped)
   * @param setter sets the value on the builder
   * @param <B> the vendor's builder
   */
  public record Variable<B>(String name, String parameter, boolean required, BiConsumer<B, String> setter) {
    /** Checks that every part is present. */
    public Variable {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(setter, "setter");
    }

    /**
     * Returns a required variable, checked like a secret.
     *
     * @param name the variable
     * @param parameter the builder's name for the setting
     * @param setter sets the value
     * @param <B> the vendor's builder
     * @return the variable
     */
    public static <B> Variable<B> required(String name, String parameter, BiConsumer<B, String> setter) {
      return new Variable<>(name, parameter, true, setter);
    }

    /**
     * Returns the optional base-URL variable, like {@code TRILLET_BASE_URL}.
     *
     * @param name the variable
     * @param <B> the vendor's builder
     * @return the variable
     */
    public static <B extends ClientBuilder<B, ?>> Variable<B> baseUrl(String name) {
      return new Variable<>(name, "baseUrl", false, ClientBuilder::baseUrl);
    }
  }

  /**
   * Sets {@code builder} from the variables {@code env} holds.
   *
   * @param env looks a variable up ({@code System::getenv} outside tests)
   * @param builder the vendor's builder
   * @param variables the variables, in the order their errors should be reported
   * @param <B> the vendor's builder
   * @return the variables that were set, for {@link #named}
   * @throws IllegalStateException if a required variable is unset or blank; the message names it
   * @throws IllegalArgumentException if a required value is not a usable secret; the message
   *     names the variable
   */
  public static <B> List<Variable<B>> apply(Function<String, @Nullable String> env, B builder,
      List<Variable<B>> variables) {
    Objects.requireNonNull(env, "env");
    List<Variable<B>> set = new ArrayList<>();
    for (Variable<B> variable : variables) {
      String value = env.apply(variable.name());
      if (value == null || value.isBlank()) {
        if (variable.required()) {
          throw new IllegalStateException("Environment variable " + variable.name() + " is not set");
        }
        continue;
      }
      value = value.strip();
      if (variable.required()) {
        Credentials.checkSecret(value, variable.name()); // so the message names the variable
      }
      variable.setter().accept(builder, value);
      set.add(variable);
    }
    return List.copyOf(set);
  }

  /**
   * Returns a builder's refusal with the name of the variable the refused value came from in
   * front, like {@code TRILLET_BASE_URL: baseUrl must use https...}.
   *
   * @param refusal what {@code build()} threw; its message starts with the builder's parameter
   * @param set the variables {@link #apply} set
   * @return the refusal, named, or {@code refusal} itself when no variable set that parameter
   */
  public static IllegalArgumentException named(IllegalArgumentException refusal, List<? extends Variable<?>> set) {
    String message = Objects.requireNonNullElse(refusal.getMessage(), "");
    for (Variable<?> variable : set) {
      if (message.startsWith(variable.parameter())) {
        return new IllegalArgumentException(variable.name() + ": " + message, refusal);
      }
    }
    return refusal;
  }
}
