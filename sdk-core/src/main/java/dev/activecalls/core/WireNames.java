package dev.activecalls.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The texts a vendor sends for an enum constant, when they differ from the constant's name (say,
 * {@code in-progress} for {@code ACTIVE}). Read by {@link OpenEnum}; the first name is the one
 * {@link OpenEnum#of(Enum)} reports as raw text.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface WireNames {
  /** Returns the vendor's texts for the constant; matched ignoring case. */
  String[] value();
}
