package org.disclosurestats.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.disclosurestats.projection.CopyText;

/**
 * Rows in PostgreSQL's COPY text format, built directly as UTF-8 bytes.
 *
 * <p>Ten million rows leave no room for a String per field: constant parts (metric codes, table labels,
 * status words) are encoded once with {@link #field(String)}, numbers are written digit by digit, and the
 * bytes go to the COPY stream in large chunks.
 */
final class CopyBuffer implements AutoCloseable {

    static final byte[] NULL = CopyText.NULL.getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int position;
    private long rows;

    CopyBuffer(OutputStream out) {
        this.out = out;
    }

    /** A constant text field, escaped for COPY text format once so that rows only copy bytes. */
    static byte[] field(String text) {
        return CopyText.field(text).getBytes(StandardCharsets.UTF_8);
    }

    CopyBuffer bytes(byte[] bytes) {
        if (bytes.length > buffer.length - position) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        return this;
    }

    CopyBuffer text(String text) {
        return bytes(field(text));
    }

    CopyBuffer tab() {
        return ascii('\t');
    }

    CopyBuffer nul() {
        return bytes(NULL);
    }

    CopyBuffer number(long value) {
        return decimal(value, 0);
    }

    /** {@code unscaled / 10^scale} as a plain decimal, e.g. (12345, 2) is 123.45. */
    CopyBuffer decimal(long unscaled, int scale) {
        ensure(24);
        if (unscaled < 0) {
            buffer[position++] = '-';
            unscaled = -unscaled;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + unscaled % 10);
            unscaled /= 10;
        } while (unscaled != 0 || n <= scale);
        for (int i = n - 1; i >= 0; i--) {
            buffer[position++] = digits[i];
            if (i == scale && scale > 0) {
                buffer[position++] = '.';
            }
        }
        return this;
    }

    /** Ends a row; the caller has written every column. */
    void endRow() {
        ascii('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    private CopyBuffer ascii(char c) {
        ensure(1);
        buffer[position++] = (byte) c;
        return this;
    }

    private void ensure(int room) {
        if (buffer.length - position < room) {
            drain();
        }
    }

    private void drain() {
        write(buffer, position);
        position = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        drain();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
