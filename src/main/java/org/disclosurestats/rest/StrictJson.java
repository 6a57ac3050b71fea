package org.disclosurestats.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads request bodies that must not contain unknown fields (a misspelt field would otherwise be
 * dropped without a word): used with @CustomDeserialization on the write endpoints, and for each
 * line of a bulk upload. Other readers keep Quarkus's lenient default.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return reader(mapper, type);
    }

    static ObjectReader reader(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
