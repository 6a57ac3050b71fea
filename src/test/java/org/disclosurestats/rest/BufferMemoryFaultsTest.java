package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which failures mean the I/O buffers ran out (503, retry) and which are a real out-of-memory or another error (500). */
class BufferMemoryFaultsTest {

    static final String REFUSED = "Cannot reserve 65536 bytes of direct buffer memory (allocated: 33539570, limit: 33554432)";

    @Test
    void aRefusedDirectBufferIsExhaustionWhereverItIsWrapped() {
        assertTrue(BufferMemoryFaults.exhausted(new OutOfMemoryError(REFUSED)));
        assertTrue(BufferMemoryFaults.exhausted(new RuntimeException(new IOException(new OutOfMemoryError(REFUSED)))));
    }

    @Test
    void theHeapOrAnythingElseIsNot() {
        assertFalse(BufferMemoryFaults.exhausted(new OutOfMemoryError("Java heap space")));
        assertFalse(BufferMemoryFaults.exhausted(new OutOfMemoryError("Requested array size exceeds VM limit")));
        assertFalse(BufferMemoryFaults.exhausted(new IOException("Connection reset by peer")));
    }

    @Test
    void theRequestGetsA503ProblemWithRetryAfterAndAHeapErrorA500() {
        ProblemMapper mapper = new ProblemMapper();
        var busy = mapper.outOfMemory(new OutOfMemoryError(REFUSED), null);
        assertEquals(503, busy.getStatus());
        assertEquals(String.valueOf(BufferMemoryFaults.RETRY_AFTER_SECONDS), String.valueOf(busy.getHeaderString("Retry-After")));
        assertEquals(Problem.MEDIA_TYPE, busy.getMediaType().toString());
        assertEquals(503, mapper.unexpected(new RuntimeException(new OutOfMemoryError(REFUSED)), null).getStatus());
        assertEquals(500, mapper.outOfMemory(new OutOfMemoryError("Requested array size exceeds VM limit"), null).getStatus());
    }
}
