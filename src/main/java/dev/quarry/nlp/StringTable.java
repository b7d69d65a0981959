package dev.quarry.nlp;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of strings, each with its position as id, looked up by value: the attribute names of
 * {@link CompactCrf}, and of any compact model to come. The strings are one UTF-8 byte array rather
 * than a million String objects, so that Java and Kryo serialise them as a copy of two primitive
 * arrays; the hash table is not serialised but built in each JVM on first use.
 */
public final class StringTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** String {@code id} is the bytes before {@code ends[id]}, after {@code ends[id - 1]}. */
    private final byte[] bytes;
    private final int[] ends;

    /** Open-addressing table of ids by hash (id + 1; 0 is empty), built in each JVM on first use. */
    private transient volatile int[] slots;

    /** The strings in id order; a string given twice is found at its last id. */
    public StringTable(List<String> strings) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(strings.size() * 16);
        ends = new int[strings.size()];
        for (int i = 0; i < ends.length; i++) {
            out.writeBytes(strings.get(i).getBytes(StandardCharsets.UTF_8));
            ends[i] = out.size();
        }
        bytes = out.toByteArray();
    }

    /** A table over strings already laid out as {@link #bytes()} and {@link #ends()} give them (not copied). */
    public StringTable(byte[] bytes, int[] ends) {
        this.bytes = bytes;
        this.ends = ends;
    }

    /** The strings' UTF-8 bytes, one after the other. */
    byte[] bytes() {
        return bytes;
    }

    /** Where each string's bytes end. */
    int[] ends() {
        return ends;
    }

    public int size() {
        return ends.length;
    }

    public String get(int id) {
        int start = start(id);
        return new String(bytes, start, ends[id] - start, StandardCharsets.UTF_8);
    }

    /** The id of this string, or -1. */
    public int id(String value) {
        byte[] key = value.getBytes(StandardCharsets.UTF_8);
        int[] table = table();
        int mask = table.length - 1;
        for (int i = hash(key, 0, key.length) & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                return -1;
            }
            int id = slot - 1;
            if (Arrays.equals(bytes, start(id), ends[id], key, 0, key.length)) {
                return id;
            }
        }
    }

    /** Builds this JVM's lookup table now rather than at the first lookup. */
    public void warmUp() {
        table();
    }

    private int start(int id) {
        return id == 0 ? 0 : ends[id - 1];
    }

    private int[] table() {
        int[] t = slots;
        if (t == null) {
            synchronized (this) {
                t = slots;
                if (t == null) {
                    t = build();
                    slots = t;
                }
            }
        }
        return t;
    }

    private int[] build() {
        int size = Integer.highestOneBit(Math.max(4, ends.length * 2 - 1)) << 1; // at most half full
        int[] t = new int[size];
        int mask = size - 1;
        for (int id = 0; id < ends.length; id++) {
            int start = start(id);
            int i = hash(bytes, start, ends[id]) & mask;
            while (true) {
                int slot = t[i];
                if (slot == 0 || Arrays.equals(bytes, start, ends[id], bytes, start(slot - 1), ends[slot - 1])) {
                    t[i] = id + 1; // a repeated string is found at its last id
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        return t;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        // FNV-1a's low bits are weak for short keys; the table index takes the low bits.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
