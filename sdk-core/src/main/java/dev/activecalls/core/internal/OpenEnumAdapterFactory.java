package dev.activecalls.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.activecalls.core.OpenEnum;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decodes {@code OpenEnum<E>} from a JSON string (or a number or boolean, kept as text), so that a
 * value the vendor adds tomorrow decodes instead of failing.
 */
final class OpenEnumAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != OpenEnum.class) {
      return null;
    }
    if (!(type instanceof ParameterizedType parameterized)) {
      throw new IllegalArgumentException("OpenEnum must be parameterized with its enum: " + type);
    }
    return adapterFor(Types.getRawType(parameterized.getActualTypeArguments()[0])).nullSafe();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonAdapter<?> adapterFor(Class<?> enumType) {
    return new Adapter(enumType.asSubclass(Enum.class));
  }

  private static final class Adapter<E extends Enum<E>> extends JsonAdapter<OpenEnum<E>> {
    private final Class<E> type;

    Adapter(Class<E> type) {
      this.type = type;
    }

    @Override
    public OpenEnum<E> fromJson(JsonReader reader) throws IOException {
      return read(reader, type);
    }

    @Override
    public void toJson(JsonWriter writer, OpenEnum<E> value) throws IOException {
      writer.value(value.raw());
    }
  }

  /**
   * Reads a string (or a number or boolean, as its text) as an open enum value.
   *
   * @param reader positioned at the value, which is not JSON null
   * @param type the enum of known values
   * @param <E> the enum
   * @return the value
   * @throws JsonDataException if the value is an object or array
   */
  static <E extends Enum<E>> OpenEnum<E> read(JsonReader reader, Class<E> type) throws IOException {
    JsonReader.Token token = reader.peek();
    String raw = switch (token) {
      case STRING, NUMBER -> reader.nextString();
      case BOOLEAN -> Boolean.toString(reader.nextBoolean());
      default -> throw new JsonDataException(
          "Expected a string for " + type.getSimpleName() + " but was " + token + " at path "
              + reader.getPath());
    };
    return OpenEnum.of(type, raw);
  }
}
