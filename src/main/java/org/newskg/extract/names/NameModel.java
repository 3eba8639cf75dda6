package org.newskg.extract.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * The learned name labeller: per-character feature weights and tag transitions of a structured
 * perceptron, decoded by Viterbi. Immutable once loaded, so one instance serves every thread.
 */
public final class NameModel {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/newskg/names/cluener-names.bin.gz";

    private static final int T = BioesTags.COUNT;
    private static volatile NameModel shared;

    private final FeatureTable features;
    /** Feature weights in steps of weightScale, 16 bits each (packed for adding them fast). */
    private final PackedWeights weights;
    private final float weightScale;
    private final float[] transitions;
    private final TagTransitions decoding;
    private final float marginScale;

    NameModel(FeatureTable features, short[] weights, float weightScale, float[] transitions, float marginScale) {
        if (weights.length != features.size() * T || transitions.length != T * T) {
            throw new IllegalArgumentException("weights do not fit the features");
        }
        this.features = features;
        this.weights = new PackedWeights(weights);
        this.weightScale = weightScale;
        this.transitions = transitions;
        this.decoding = new TagTransitions(transitions);
        this.marginScale = marginScale > 0 ? marginScale : 1;
    }

    /** The shipped model, read once from the class path. */
    public static NameModel shipped() {
        NameModel m = shared;
        if (m == null) {
            synchronized (NameModel.class) {
                m = shared;
                if (m == null) {
                    try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("no name model at " + RESOURCE + " on the class path");
                        }
                        m = shared = ModelFile.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the name model " + RESOURCE, e);
                    }
                }
            }
        }
        return m;
    }

    /** A model written by the {@code train} command. */
    public static NameModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ModelFile.read(in);
        }
    }

    /** Writes the model as the {@code train} command does: a gzipped binary file, same model, same bytes. */
    public void writeTo(java.io.OutputStream out) throws IOException {
        ModelFile.write(this, out);
    }

    /** The names in text; tokens are HanLP's words of the same text (their spans index it). */
    public List<NameSpan> label(String text, List<Token> tokens) {
        return stretches(text, tokens).label(new Span(0, text.length()));
    }

    /**
     * Labels stretches of one text on demand (a sentence at a time, where the readers ask), each
     * decoded on its own as the model was trained on single sentences; the words around a
     * stretch are still seen. For one thread and one text at a time.
     */
    public Stretches stretches(String text, List<Token> tokens) {
        DecodeScratch s = DecodeScratch.forText(text.length());
        s.words.fill(text, tokens);
        return new Stretches(text, s);
    }

    /** See {@link #stretches}. */
    public final class Stretches {
        private final String text;
        private final DecodeScratch s;

        private Stretches(String text, DecodeScratch s) {
            this.text = text;
            this.s = s;
        }

        /** The names within the stretch, spans indexing the whole text. */
        public List<NameSpan> label(Span stretch) {
            int from = stretch.start(), n = stretch.length();
            if (n <= 0) {
                return List.of();
            }
            float[] emit = emissions(text, from, stretch.end(), s);
            int[] path = s.path;
            float[] delta = s.delta;
            float best = Viterbi.decode(emit, n, decoding, from > 0, path, delta);
            List<GoldName> names = BioesTags.decode(path, n);
            if (names.isEmpty()) {
                return List.of();
            }
            float[] beta = Viterbi.backward(emit, n, decoding, s.beta);
            List<NameSpan> out = new ArrayList<>(names.size());
            for (GoldName g : names) {
                Span span = g.span();
                double margin = Viterbi.margin(best, delta, beta, path, span.start(), span.end());
                out.add(new NameSpan(new Span(from + span.start(), from + span.end()), g.kind(), margin / (margin + marginScale)));
            }
            return out;
        }
    }

    /** The best tags alone (training and tests compare these with gold ones). */
    int[] tags(String text, List<Token> tokens) {
        int n = text.length();
        DecodeScratch s = DecodeScratch.forText(n);
        Viterbi.decode(emissions(text, tokens, s), n, decoding, s.path, s.delta);
        return java.util.Arrays.copyOf(s.path, n);
    }

    /** The raw margins of the names found, for the scale the trainer stores. */
    List<Double> margins(String text, List<Token> tokens) {
        int n = text.length();
        DecodeScratch s = DecodeScratch.forText(n);
        float[] emit = emissions(text, tokens, s);
        int[] path = s.path;
        float[] delta = s.delta;
        float best = Viterbi.decode(emit, n, decoding, path, delta);
        float[] beta = Viterbi.backward(emit, n, decoding, s.beta);
        List<Double> out = new ArrayList<>();
        for (GoldName g : BioesTags.decode(path, n)) {
            out.add((double) Viterbi.margin(best, delta, beta, path, g.span().start(), g.span().end()));
        }
        return out;
    }

    /** Each character's tag scores into s.emit, from s's reused arrays. */
    private float[] emissions(String text, List<Token> tokens, DecodeScratch s) {
        s.words.fill(text, tokens);
        return emissions(text, 0, text.length(), s);
    }

    /** The tag scores of the characters from … to into s.emit[(i − from) * T …], s.words filled for text. */
    private float[] emissions(String text, int from, int to, DecodeScratch s) {
        int n = to - from;
        long[] keys = s.keys;
        CharFeatures.keys(text, s.words, from, to, keys);
        float[] emit = s.emit;
        int[] rows = s.rows;
        for (int i = 0; i < n; i++) {
            // all look-ups of a character first: independent reads the processor can overlap
            for (int f = 0, k = i * CharFeatures.COUNT; f < CharFeatures.COUNT; f++, k++) {
                rows[f] = features.get(keys[k]) + 1;
            }
            weights.sum(rows, CharFeatures.COUNT, weightScale, emit, i * T);
        }
        return emit;
    }

    int featureCount() {
        return features.size();
    }

    FeatureTable features() {
        return features;
    }

    short[] weights() {
        return weights.unpack();
    }

    float weightScale() {
        return weightScale;
    }

    float[] transitions() {
        return transitions;
    }

    float marginScale() {
        return marginScale;
    }
}
