package org.newskg.extract.names;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model's file: gzipped, big-endian. Feature weights are 16-bit steps of one scale, as the
 * model holds them; transitions are floats. Java's gzip header carries no time stamp, so the same model gives the same bytes.
 * <pre>
 * "NKGN" version tagCount featuresPerChar features weightScale marginScale
 * transitions[tagCount²] (float) keys[features] (long) weights[features × tagCount] (short)
 * </pre>
 */
final class ModelFile {

    private static final int MAGIC = 0x4E4B474E; // "NKGN"
    private static final int VERSION = 1;

    private ModelFile() {
    }

    static void write(NameModel m, OutputStream target) throws IOException {
        long[] keys = m.features().keysByRow();
        short[] w = m.weights();
        float scale = m.weightScale();
        GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(BioesTags.COUNT);
        out.writeInt(CharFeatures.COUNT);
        out.writeInt(keys.length);
        out.writeFloat(scale);
        out.writeFloat(m.marginScale());
        for (float v : m.transitions()) {
            out.writeFloat(v);
        }
        for (long k : keys) {
            out.writeLong(k);
        }
        for (short v : w) {
            out.writeShort(v);
        }
        out.flush();
        gz.finish();
    }

    static NameModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a newskg name model");
        }
        int version = in.readInt(), tags = in.readInt(), perChar = in.readInt();
        if (version != VERSION || tags != BioesTags.COUNT || perChar != CharFeatures.COUNT) {
            throw new IOException("name model of another format (version " + version + ", " + tags + " tags, "
                    + perChar + " features a character); retrain it with this version's train command");
        }
        int n = in.readInt();
        float scale = in.readFloat(), marginScale = in.readFloat();
        float[] trans = new float[tags * tags];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        // the two big arrays in bulk: a value at a time is most of the loading time, before the JIT has warmed up
        long[] keys = new long[n];
        bytes(in, n * 8L).asLongBuffer().get(keys);
        short[] w = new short[n * tags];
        bytes(in, w.length * 2L).asShortBuffer().get(w);
        return new NameModel(FeatureTable.of(keys), w, scale, trans, marginScale);
    }

    /** The next count bytes, big-endian as DataInputStream reads them. */
    private static ByteBuffer bytes(DataInputStream in, long count) throws IOException {
        if (count > Integer.MAX_VALUE) {
            throw new IOException("name model too large");
        }
        byte[] b = new byte[(int) count];
        in.readFully(b);
        return ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
    }
}
