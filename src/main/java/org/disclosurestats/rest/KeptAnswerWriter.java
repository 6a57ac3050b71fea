package org.disclosurestats.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A kept totals answer, written as it was kept: no serialization and no copy of its bytes. Through an
 * {@link AnswerStream} (every answer a worker writes) the chunks are views of the kept array; the built-in
 * byte-array writer copied it twice per request (into the stream's chunks, then into Vert.x buffers), which
 * at 157 KB an answer made a kept answer allocate more than a computed one.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class KeptAnswerWriter implements MessageBodyWriter<KeptAnswerWriter.KeptAnswer> {

    /** The bytes of an answer that no one writes to again (they are shared by every request that gets them). */
    record KeptAnswer(byte[] body) {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == KeptAnswer.class;
    }

    @Override
    public void writeTo(KeptAnswer answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        writeWhole(answer.body(), out);
    }

    /** Writes bytes that never change as the whole answer: as views where the stream allows it. */
    static void writeWhole(byte[] body, OutputStream out) throws IOException {
        if (out instanceof AnswerStream stream) {
            stream.writeWhole(body);
        } else {
            out.write(body);
        }
    }
}
