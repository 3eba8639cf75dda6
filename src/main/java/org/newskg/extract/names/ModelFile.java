package org.newskg.extract.names;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model's file: gzipped, big-endian. Feature weights are stored as 16-bit steps of one
 * scale (the trained values need no more precision, and it halves the file); transitions as
 * floats. Java's gzip header carries no time stamp, so the same model gives the same bytes.
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
        float[] w = m.weights();
        float max = 0;
        for (float v : w) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max > 0 ? max / Short.MAX_VALUE : 1;
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
        for (float v : w) {
            out.writeShort(Math.round(v / scale));
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
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = in.readLong();
        }
        float[] w = new float[n * tags];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readShort() * scale;
        }
        return new NameModel(FeatureTable.of(keys), w, trans, marginScale);
    }

    /** The model as a quantised file would give it back, so training reports what ships. */
    static NameModel roundTrip(NameModel m) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        write(m, buf);
        return read(new java.io.ByteArrayInputStream(buf.toByteArray()));
    }
}
