package org.newskg.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the bytes of one input file into text, finding the encoding: a byte-order mark first,
 * then the NUL-byte pattern of UTF-16, then strict UTF-8 (a sequence cut off at the very end is
 * dropped), then GB18030 (which covers GBK and GB2312). Binary files are refused.
 */
public final class TextDecoder {

    /** The encoding found and the decoded text. */
    public record Decoded(String charset, String text) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 1 << 16;

    private TextDecoder() {
    }

    public static Decoded decode(Path file, byte[] bytes) throws InputProblem {
        if (bytes.length == 0) {
            throw new InputProblem(file, "the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded("UTF-8", utf8(file, bytes, 3));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded("UTF-16LE", utf16(file, bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded("UTF-16BE", utf16(file, bytes, 2, StandardCharsets.UTF_16BE));
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int evenNul = 0;
        int oddNul = 0;
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                if ((i & 1) == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C && b != 0x1B) {
                controls++;
            }
        }
        int nuls = evenNul + oddNul;
        if (nuls > 0) {
            // UTF-16 text has NULs (the high byte of ASCII, the low byte of characters such as 开):
            // the byte order that reads as text wins
            String le = utf16OrNull(bytes, StandardCharsets.UTF_16LE);
            String be = utf16OrNull(bytes, StandardCharsets.UTF_16BE);
            double pl = le == null ? 0 : plausibility(le);
            double pb = be == null ? 0 : plausibility(be);
            if (Math.max(pl, pb) >= 0.9) {
                return pl >= pb ? new Decoded("UTF-16LE", le) : new Decoded("UTF-16BE", be);
            }
            throw new InputProblem(file, "binary file (" + nuls + " NUL bytes in the first " + sample
                    + " bytes), not text");
        }
        if (controls * 20 > sample) {
            throw new InputProblem(file, "binary file (" + controls + " control bytes in the first " + sample
                    + " bytes), not text");
        }
        String text = strictUtf8(bytes);
        if (text != null) {
            return new Decoded("UTF-8", text);
        }
        String gb = strict(bytes, 0, bytes.length, GB18030);
        if (gb != null) {
            // pure Chinese UTF-16 without a BOM and without ASCII has no NULs: prefer it when it reads better
            if ((bytes.length & 1) == 0) {
                String le = strict(bytes, 0, bytes.length, StandardCharsets.UTF_16LE);
                String be = strict(bytes, 0, bytes.length, StandardCharsets.UTF_16BE);
                double gbScore = plausibility(gb);
                if (le != null && plausibility(le) > gbScore + 0.2) {
                    return new Decoded("UTF-16LE", le);
                }
                if (be != null && plausibility(be) > gbScore + 0.2) {
                    return new Decoded("UTF-16BE", be);
                }
            }
            return new Decoded("GB18030", gb);
        }
        throw new InputProblem(file, "cannot decode the text: it is neither UTF-8, UTF-16 nor GB18030/GBK");
    }

    /** Share of characters that are common in Chinese news text: Han, ASCII printable, CJK punctuation. */
    static double plausibility(String s) {
        int n = Math.min(s.length(), SAMPLE);
        if (n == 0) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                    || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2010 && c <= 0x2027)) {
                good++;
            }
        }
        return good / (double) n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(Path file, byte[] bytes, int offset) throws InputProblem {
        String text = strict(bytes, offset, wholeUtf8Length(bytes, offset), StandardCharsets.UTF_8);
        if (text == null) {
            throw new InputProblem(file, "invalid UTF-8 after its byte-order mark");
        }
        return text;
    }

    /** Strict UTF-8, forgiving only a multi-byte sequence cut off by the end of the file. */
    private static String strictUtf8(byte[] bytes) {
        return strict(bytes, 0, wholeUtf8Length(bytes, 0), StandardCharsets.UTF_8);
    }

    /** The length up to the last whole UTF-8 sequence: a lead byte near the end without all its continuation bytes is cut off. */
    static int wholeUtf8Length(byte[] bytes, int offset) {
        int end = bytes.length;
        int i = end - 1;
        int back = 0;
        while (i >= offset && back < 3 && (bytes[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < offset) {
            return end;
        }
        int lead = bytes[i] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (need > 1 && end - i < need) {
            return i;
        }
        return end;
    }

    private static String utf16(Path file, byte[] bytes, int offset, Charset cs) throws InputProblem {
        int len = (bytes.length - offset) & ~1;     // an odd last byte is half a character: dropped
        String text = strict(bytes, offset, offset + len, cs);
        if (text == null) {
            // a high surrogate cut off at the end
            text = strict(bytes, offset, offset + Math.max(0, len - 2), cs);
        }
        if (text == null) {
            throw new InputProblem(file, "invalid " + cs.name() + " text");
        }
        return text;
    }

    private static String utf16OrNull(byte[] bytes, Charset cs) {
        int len = bytes.length & ~1;
        String text = strict(bytes, 0, len, cs);
        return text != null ? text : strict(bytes, 0, Math.max(0, len - 2), cs);
    }

    private static String strict(byte[] bytes, int from, int to, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, from, to - from));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
