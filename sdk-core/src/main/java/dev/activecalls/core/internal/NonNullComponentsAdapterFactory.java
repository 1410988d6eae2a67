package dev.activecalls.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes record types tell the truth: Moshi fills a missing or null JSON value into a reference
 * component as null, even when the component is not marked {@link Nullable}. This checks every
 * unmarked reference component after decoding and fails with the JSON path instead, so a model
 * that says {@code String id} never hands the caller a null id. (Primitive components Moshi
 * already checks.)
 */
final class NonNullComponentsAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord() || !annotations.isEmpty()) {
      return null;
    }
    List<Required> required = new ArrayList<>();
    for (RecordComponent component : raw.getRecordComponents()) {
      if (component.getType().isPrimitive()
          || component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        continue;
      }
      try {
        MethodHandle accessor = MethodHandles.publicLookup().unreflect(component.getAccessor());
        required.add(new Required(jsonName(raw, component), accessor));
      } catch (IllegalAccessException e) {
        return null; // Moshi itself will report a non-public record
      }
    }
    if (required.isEmpty()) {
      return null;
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
    return new Checked(delegate, List.copyOf(required));
  }

  private static String jsonName(Class<?> record, RecordComponent component) {
    com.squareup.moshi.Json json = component.getAnnotation(com.squareup.moshi.Json.class);
    if (json == null) {
      try {
        json = record.getDeclaredField(component.getName()).getAnnotation(com.squareup.moshi.Json.class);
      } catch (NoSuchFieldException e) {
        json = null;
      }
    }
    return json != null && !json.name().equals(com.squareup.moshi.Json.UNSET_NAME) ? json.name() : component.getName();
  }

  private record Required(String jsonName, MethodHandle accessor) {}

  private static final class Checked extends JsonAdapter<Object> {
    private final JsonAdapter<Object> delegate;
    private final List<Required> required;

    Checked(JsonAdapter<Object> delegate, List<Required> required) {
      this.delegate = delegate;
      this.required = required;
    }

    @Override
    public @Nullable Object fromJson(JsonReader reader) throws IOException {
      String path = reader.getPath();
      Object value = delegate.fromJson(reader);
      if (value == null) {
        return null;
      }
      for (Required component : required) {
        Object componentValue;
        try {
          componentValue = component.accessor().invoke(value);
        } catch (Throwable e) {
          throw new IllegalStateException("cannot read " + component.jsonName(), e);
        }
        if (componentValue == null) {
          throw new JsonDataException(
              "Required value '" + component.jsonName() + "' missing or null at " + path);
        }
      }
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".nonNullComponents()";
    }
  }
}
