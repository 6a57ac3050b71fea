package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.OptionalInt;
import org.disclosurestats.domain.ControlCharacters;

/**
 * How every JSON body is read: a whole number is written as one (2021.5 and "2021" are refused, not
 * rounded or converted), and no string holds a control character other than a line break or tab.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("control-characters").addDeserializer(String.class, new CheckedStrings()));
    }

    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            OptionalInt at = ControlCharacters.firstRefused(value, true);
            if (at.isPresent()) {
                String message = "contains the control character " + ControlCharacters.describe(value, at.getAsInt());
                throw JsonMappingException.from(p, message, new JsonProblems.TextRefused(message));
            }
            return value;
        }
    }
}
