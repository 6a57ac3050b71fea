package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bulk body is cut into lines on its bytes, without decoding it whole. */
class BulkLineBoundsTest {

    private static List<String> lines(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return BulkReportResource.lineBounds(bytes).stream()
                .map(b -> new String(bytes, b[0], b[1] - b[0], StandardCharsets.UTF_8)).toList();
    }

    @Test
    void linesEndWithLineFeedOrCarriageReturnLineFeed() {
        assertEquals(List.of("{\"a\":1}", "{\"b\":\"合肥\"}", "", "{\"c\":3}"), lines("{\"a\":1}\r\n{\"b\":\"合肥\"}\n\n{\"c\":3}\n"));
    }

    @Test
    void aLastLineWithoutLineBreakCountsAndNothingAfterTheLastBreakDoes() {
        assertEquals(List.of("x", "y"), lines("x\ny"));
        assertEquals(List.of("x"), lines("x\n"));
        assertEquals(List.of(), lines(""));
    }
}
