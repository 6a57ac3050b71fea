package org.disclosurestats.rest;

import io.netty.buffer.Unpooled;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The body of one answer, written by a worker thread in chunks of {@link #CHUNK} bytes with at most
 * {@link #WINDOW} bytes handed to the connection and not yet written to its socket. The worker waits for
 * the client to take the rest, so a large answer costs at most the window in I/O buffers however slow the
 * client, and the buffers of the whole service are bounded by workers × window (plus one chunk per
 * connection for answers that fit in one). An answer that fits in one chunk goes out in one write with its
 * Content-Length; a larger one is chunked. A client that takes nothing for the write timeout loses its
 * connection, so it cannot hold a worker either.
 *
 * <p>Beyond its own window, an answer may borrow from an allowance shared by the whole service ({@link #SHARED}
 * bytes): while the service writes few answers at once, none waits for its client at all, and however many it
 * writes, the bytes handed to connections stay below workers × window + the allowance.
 *
 * <p>Why not the HTTP layer's own stream: it throttles on the connection's writability, which the event
 * loop updates only when it gets round to the queued writes; on a busy machine the workers queue whole
 * answers before it does, and 256 connections exhausted the direct memory.
 */
final class AnswerStream extends OutputStream {

    static final int CHUNK = 16 * 1024;
    static final int WINDOW = 4 * CHUNK;
    /** Bytes beyond their own windows that all answers together may have handed to connections (0: none). */
    static final long SHARED = Long.getLong("disclosure.answer-stream.shared-bytes", 4L << 20);
    private static final java.util.concurrent.atomic.AtomicLong SHARED_IN_USE = new java.util.concurrent.atomic.AtomicLong();

    private final HttpServerResponse response;
    private final long timeoutNanos;
    private byte[] chunk;
    private int count;
    private boolean committed;
    private boolean closed;
    /** Bytes handed to the connection whose write has not completed; guarded by this. */
    private long pending;
    private Throwable failure;

    AnswerStream(HttpServerResponse response, java.time.Duration writeTimeout) {
        this.response = response;
        this.timeoutNanos = writeTimeout.toNanos();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("The answer has been written already");
        }
        while (length > 0) {
            if (chunk == null) {
                chunk = new byte[CHUNK]; // a fresh array per chunk: the connection holds the previous one until it is written
            }
            int n = Math.min(length, CHUNK - count);
            System.arraycopy(bytes, offset, chunk, count, n);
            count += n;
            offset += n;
            length -= n;
            if (count == CHUNK) {
                send(chunk, 0, CHUNK, false);
                chunk = null;
                count = 0;
            }
        }
    }

    /**
     * Writes a whole answer whose bytes never change (a kept answer) with its Content-Length: the chunks handed
     * to the connection are views of {@code body}, not copies, so serving it allocates nothing per request but
     * the views; the window and the shared allowance bound it as they bound any answer.
     */
    void writeWhole(byte[] body) throws IOException {
        if (closed || committed || count > 0) {
            throw new IOException("A whole answer must be the only thing written");
        }
        closed = true;
        if (response.ended() || response.closed()) {
            return;
        }
        response.putHeader("Content-Length", Integer.toString(body.length));
        committed = true;
        for (int offset = 0; offset < body.length || offset == 0; offset += CHUNK) {
            int length = Math.min(CHUNK, body.length - offset);
            send(body, offset, length, offset + length >= body.length);
        }
        awaitPending(0);
    }

    /** Nothing: chunks go out as they fill, the rest at close (a flush would only make the answer chunked and slower). */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed && count == 0) {
            return; // never written to: the answer had no body, or was written another way
        }
        if (response.ended() || response.closed()) {
            return;
        }
        if (!committed) {
            response.end(wrap(chunk, 0, count)); // one piece: the connection's writes are bounded per connection
            return;
        }
        send(chunk == null ? new byte[0] : chunk, 0, count, true);
        awaitPending(0);
    }

    /** A view of the bytes, not a copy ({@code Buffer.buffer(byte[])} copies): every array sent is one no one writes to again. */
    private static Buffer wrap(byte[] bytes, int offset, int length) {
        return Buffer.buffer(Unpooled.wrappedBuffer(bytes, offset, length));
    }

    private void send(byte[] bytes, int offset, int length, boolean last) throws IOException {
        boolean borrowed = exceedsWindow(length) && borrow(length);
        if (!borrowed) {
            awaitPending(WINDOW - length);
        }
        if (!committed) {
            committed = true;
            if (response.headers().get("Content-Length") == null) {
                response.setChunked(true);
            }
        }
        synchronized (this) {
            pending += length;
        }
        Buffer buffer = wrap(bytes, offset, length);
        Handler<AsyncResult<Void>> written = done -> {
            if (borrowed) {
                SHARED_IN_USE.addAndGet(-length);
            }
            written(length, done.failed() ? done.cause() : null);
        };
        try {
            if (last) {
                response.end(buffer, written);
            } else {
                response.write(buffer, written);
            }
        } catch (RuntimeException e) { // the connection closed meanwhile
            if (borrowed) {
                SHARED_IN_USE.addAndGet(-length);
            }
            written(length, e);
            throw new IOException("The connection closed while the answer was written", e);
        }
    }

    private synchronized boolean exceedsWindow(int length) {
        return pending + length > WINDOW;
    }

    /** Takes {@code length} bytes of the shared allowance if they are free. */
    private static boolean borrow(int length) {
        for (long used = SHARED_IN_USE.get(); used + length <= SHARED; used = SHARED_IN_USE.get()) {
            if (SHARED_IN_USE.compareAndSet(used, used + length)) {
                return true;
            }
        }
        return false;
    }

    private synchronized void written(long length, Throwable cause) {
        pending -= length;
        if (cause != null && failure == null) {
            failure = cause;
        }
        notifyAll();
    }

    /** Waits until at most {@code allowed} bytes are still being written; fails on a broken or stalled connection. */
    private synchronized void awaitPending(long allowed) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (pending > allowed && failure == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                response.reset(); // the client stopped reading: drop the connection and what is queued for it
                throw new IOException("The client read nothing for " + timeoutNanos / 1_000_000 + " ms; connection dropped");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("Interrupted while writing the answer");
            }
        }
        if (failure != null) {
            throw new IOException("The answer could not be written: " + failure.getMessage(), failure);
        }
    }
}
