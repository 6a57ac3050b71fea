package org.disclosurestats.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the seed and a key. String.hashCode and Integer.hashCode are
 * specified by the JDK, so the streams, and the dataset, are the same on every JVM.
 */
final class Seeds {

    private Seeds() {
    }

    static SplittableRandom random(long seed, Object... key) {
        long h = mix(seed);
        for (Object part : key) {
            h = mix(h * 31 + part.hashCode());
        }
        return new SplittableRandom(h);
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole word. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
