package org.partnerhub.web.api;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

/**
 * Reads and writes the API's records as JSON (UTF-8) through {@link JsonCodec}. Declared for {@link Record} rather
 * than {@code Object}: JAX-RS prefers the provider whose type is closest to the entity's, so this one wins over the
 * server's built-in JSON-B provider for every record, and only for records. Lists always travel inside a record.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class JsonProvider implements MessageBodyReader<Record>, MessageBodyWriter<Record> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public void writeTo(Record value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entityStream) {
        try (JsonGenerator generator = JsonCodec.generator(entityStream)) {
            JsonCodec.write(value, generator);
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entityStream) {
        jakarta.json.JsonValue value;
        try (JsonReader reader = JsonCodec.reader(entityStream)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidInputException(FieldError.of("body", "json.syntax",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            throw new InvalidInputException(FieldError.of("body", "json.empty"));
        } catch (RuntimeException e) {
            // the parser refuses input nested deeper than its limit (1,000) with a bare RuntimeException rather than a
            // JsonParsingException: the body's fault, not ours
            throw new InvalidInputException(FieldError.of("body", "json.tooDeep"));
        }
        return (Record) JsonCodec.read(value, genericType);
    }
}
