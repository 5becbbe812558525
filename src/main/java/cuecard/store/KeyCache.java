package cuecard.store;

import cuecard.deck.CardKey;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The card keys one {@link FastLine} read, by their bytes (open addressing), so a key seen before costs no String;
 * one instance per distinct key, and a small number for each (0, 1, 2...): the key's slot in a replay.
 */
final class KeyCache {

    private byte[][] keyBytes = new byte[1 << 12][];
    private CardKey[] keyValues = new CardKey[1 << 12];
    private int[] keyIds = new int[1 << 12];
    private int keyCount;
    private final Map<CardKey, Integer> idOf = new HashMap<>();
    private final Map<CardKey, CardKey> canonical = new HashMap<>();
    private int lastSlot;

    /** The slot of a key read through {@link #key}, or -1 when it never was. */
    int slotOf(CardKey key) {
        Integer id = idOf.get(key);
        return id == null ? -1 : id;
    }

    /** The slot of the key {@link #key} returned last. */
    int lastSlot() {
        return lastSlot;
    }

    /** The one instance of {@code key} everything read through this cache returns. */
    CardKey canonical(CardKey key) {
        CardKey k = canonical.putIfAbsent(key, key);
        return k != null ? k : key;
    }

    /**
     * The key written in {@code b[from, to)} (no escapes), whose bytes hash to {@code h} (31 * h + byte from 1);
     * null when they are not UTF-8 or not a card key.
     */
    CardKey key(byte[] b, int from, int to, int h) {
        int len = to - from;
        int mask = keyBytes.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (keyBytes[i] != null) {
            byte[] k = keyBytes[i];
            if (k.length == len && Arrays.equals(k, 0, len, b, from, to)) {
                lastSlot = keyIds[i];
                return keyValues[i];
            }
            i = (i + 1) & mask;
        }
        String text;
        try { // a key's bytes are checked once, when first seen; later lines match them byte for byte
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        CardKey k = CardKey.parse(text).map(this::canonical).orElse(null);
        if (k == null) {
            return null;
        }
        keyBytes[i] = Arrays.copyOfRange(b, from, to);
        keyValues[i] = k;
        Integer known = idOf.get(k);
        if (known == null) {
            known = idOf.size();
            idOf.put(k, known);
        }
        keyIds[i] = known;
        lastSlot = known;
        if (++keyCount * 2 > keyBytes.length) {
            grow();
        }
        return k;
    }

    private void grow() {
        byte[][] oldBytes = keyBytes;
        CardKey[] oldValues = keyValues;
        int[] oldIds = keyIds;
        keyBytes = new byte[oldBytes.length * 2][];
        keyValues = new CardKey[oldBytes.length * 2];
        keyIds = new int[oldBytes.length * 2];
        int mask = keyBytes.length - 1;
        for (int j = 0; j < oldBytes.length; j++) {
            if (oldBytes[j] != null) {
                int h = 1;
                for (byte x : oldBytes[j]) {
                    h = 31 * h + x;
                }
                int i = (h ^ (h >>> 16)) & mask;
                while (keyBytes[i] != null) {
                    i = (i + 1) & mask;
                }
                keyBytes[i] = oldBytes[j];
                keyValues[i] = oldValues[j];
                keyIds[i] = oldIds[j];
            }
        }
    }
}
