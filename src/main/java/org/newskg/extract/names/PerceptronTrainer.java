package org.newskg.extract.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.newskg.nlp.Segmenter;
import org.newskg.nlp.Token;

/**
 * Trains a {@link NameModel}: a structured averaged perceptron (Collins 2002) over BIOES tags.
 * Deterministic: texts are visited in an order drawn from the seed alone and all arithmetic is
 * Java's, so the same data, settings and seed give the same weights and the same file.
 */
public final class PerceptronTrainer {

    /**
     * epochs: passes over the data; minCount: features seen fewer times are dropped before
     * training; maxFeatures: after it, only the features with the largest weights are kept (0: all).
     */
    public record Settings(int epochs, long seed, int minCount, int maxFeatures) {

        public Settings {
            if (epochs < 1 || minCount < 1 || maxFeatures < 0) {
                throw new IllegalArgumentException("epochs and min count must be at least 1, max features not negative");
            }
        }
    }

    private static final int T = BioesTags.COUNT;
    private static final int F = CharFeatures.COUNT;

    /** One text as the trainer needs it: feature rows per character (-1 for dropped ones) and gold tags. */
    private record Example(int[] rows, int[] gold) {
    }

    private final Segmenter segmenter;
    private final Consumer<String> log;

    public PerceptronTrainer(Segmenter segmenter, Consumer<String> log) {
        this.segmenter = segmenter;
        this.log = log;
    }

    public NameModel train(List<LabelledText> data, Settings settings) {
        return train(data, List.of(), settings);
    }

    /** Trains on data; after each epoch, reports the averaged model's scores on heldOut (if any). */
    public NameModel train(List<LabelledText> data, List<LabelledText> heldOut, Settings settings) {
        List<List<Token>> tokens = new ArrayList<>(data.size());
        for (LabelledText t : data) {
            tokens.add(segmenter.segment(t.text()));
        }
        List<List<Token>> heldTokens = new ArrayList<>(heldOut.size());
        for (LabelledText t : heldOut) {
            heldTokens.add(segmenter.segment(t.text()));
        }
        FeatureTable table = new FeatureTable(1 << 20);
        List<Example> examples = index(data, tokens, table, settings.minCount());
        log.accept(data.size() + " texts, " + table.size() + " features seen at least " + settings.minCount() + " times");

        int rows = table.size();
        float[] w = new float[rows * T];
        double[] acc = new double[rows * T];
        float[] trans = new float[T * T];
        double[] transAcc = new double[T * T];
        Random random = new Random(settings.seed());
        int[] order = new int[examples.size()];
        Arrays.setAll(order, i -> i);
        long c = 1;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, random);
            int wrong = 0;
            for (int idx : order) {
                Example ex = examples.get(idx);
                int n = ex.gold().length;
                if (n == 0) {
                    continue;
                }
                float[] emit = emissions(ex.rows(), n, w);
                int[] pred = new int[n];
                Viterbi.decode(emit, n, trans, pred, new float[n * T]);
                if (!Arrays.equals(pred, ex.gold())) {
                    wrong++;
                    update(ex, pred, w, acc, trans, transAcc, c);
                }
                c++;
            }
            String line = "epoch " + epoch + ": " + wrong + " of " + examples.size() + " texts tagged wrong";
            if (!heldOut.isEmpty()) {
                NameModel m = average(table, w, acc, trans, transAcc, c, settings.maxFeatures());
                SpanScores scores = new SpanScores();
                for (int d = 0; d < heldOut.size(); d++) {
                    LabelledText t = heldOut.get(d);
                    scores.add(t.names(), BioesTags.decode(m.tags(t.text(), heldTokens.get(d))));
                }
                line += "; held out: " + scores;
            }
            log.accept(line);
        }
        NameModel m = average(table, w, acc, trans, transAcc, c, settings.maxFeatures());
        return withMarginScale(m, data, tokens);
    }

    /** Counts feature keys, keeps those seen minCount times (in first-seen order), and maps every text to rows. */
    private static List<Example> index(List<LabelledText> data, List<List<Token>> tokens, FeatureTable table, int minCount) {
        FeatureTable counted = new FeatureTable(1 << 20);
        int[] counts = new int[1 << 20];
        long[][] keys = new long[data.size()][];
        for (int d = 0; d < data.size(); d++) {
            String text = data.get(d).text();
            keys[d] = new long[text.length() * F];
            CharFeatures.keys(text, tokens.get(d), keys[d]);
            for (long k : keys[d]) {
                int r = counted.add(k);
                if (r >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[r]++;
            }
        }
        List<Example> out = new ArrayList<>(data.size());
        for (int d = 0; d < data.size(); d++) {
            long[] k = keys[d];
            int[] rows = new int[k.length];
            for (int j = 0; j < k.length; j++) {
                rows[j] = counts[counted.get(k[j])] >= minCount ? table.add(k[j]) : -1;
            }
            LabelledText t = data.get(d);
            out.add(new Example(rows, BioesTags.encode(t.text().length(), t.names())));
            keys[d] = null;
        }
        return out;
    }

    private static float[] emissions(int[] rows, int n, float[] w) {
        float[] emit = new float[n * T];
        for (int i = 0; i < n; i++) {
            int at = i * T;
            for (int f = i * F; f < i * F + F; f++) {
                int r = rows[f];
                if (r >= 0) {
                    for (int t = 0, base = r * T; t < T; t++) {
                        emit[at + t] += w[base + t];
                    }
                }
            }
        }
        return emit;
    }

    /** The perceptron step: towards the gold tags, away from the predicted ones, where they differ. */
    private static void update(Example ex, int[] pred, float[] w, double[] acc, float[] trans, double[] transAcc, long c) {
        int[] gold = ex.gold();
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] != pred[i]) {
                for (int f = i * F; f < i * F + F; f++) {
                    int r = ex.rows()[f];
                    if (r >= 0) {
                        bump(w, acc, r * T + gold[i], 1, c);
                        bump(w, acc, r * T + pred[i], -1, c);
                    }
                }
            }
            if (i > 0 && (gold[i] != pred[i] || gold[i - 1] != pred[i - 1])) {
                bump(trans, transAcc, gold[i - 1] * T + gold[i], 1, c);
                bump(trans, transAcc, pred[i - 1] * T + pred[i], -1, c);
            }
        }
    }

    /** Averaging without touching every weight each step: acc keeps Σ c·Δ, the average is w − acc / c. */
    private static void bump(float[] w, double[] acc, int at, int delta, long c) {
        w[at] += delta;
        acc[at] += (double) c * delta;
    }

    /**
     * The averaged weights in 16-bit steps, without the features whose weights average to
     * nothing, and, given maxFeatures, only that many with the largest weights (ties: the
     * earlier row): a smaller table is a faster one.
     */
    private static NameModel average(FeatureTable table, float[] w, double[] acc, float[] trans, double[] transAcc,
                                     long c, int maxFeatures) {
        long[] keys = table.keysByRow();
        float[] avg = new float[keys.length * T];
        double[] mass = new double[keys.length];
        float max = 0;
        for (int i = 0; i < avg.length; i++) {
            avg[i] = (float) (w[i] - acc[i] / c);
            mass[i / T] += Math.abs(avg[i]);
            max = Math.max(max, Math.abs(avg[i]));
        }
        float scale = max > 0 ? max / Short.MAX_VALUE : 1;
        Integer[] byMass = new Integer[keys.length];
        Arrays.setAll(byMass, i -> i);
        Arrays.sort(byMass, (a, b) -> mass[a] != mass[b] ? Double.compare(mass[b], mass[a]) : Integer.compare(a, b));
        int limit = maxFeatures > 0 ? Math.min(maxFeatures, keys.length) : keys.length;
        boolean[] keep = new boolean[keys.length];
        for (int i = 0; i < limit; i++) {
            keep[byMass[i]] = mass[byMass[i]] >= scale;
        }
        FeatureTable kept = new FeatureTable(limit);
        short[] q = new short[limit * T];
        int n = 0;
        for (int r = 0; r < keys.length; r++) {
            if (keep[r]) {
                kept.add(keys[r]);
                for (int t = 0; t < T; t++) {
                    q[n * T + t] = (short) Math.round(avg[r * T + t] / scale);
                }
                n++;
            }
        }
        float[] avgTrans = new float[T * T];
        for (int i = 0; i < avgTrans.length; i++) {
            avgTrans[i] = (float) (trans[i] - transAcc[i] / c);
        }
        return new NameModel(kept, Arrays.copyOf(q, n * T), scale, avgTrans, 1);
    }

    /** The median margin of the names found in the training texts becomes the scale of scores (0.5 there). */
    private NameModel withMarginScale(NameModel m, List<LabelledText> data, List<List<Token>> tokens) {
        List<Double> margins = new ArrayList<>();
        for (int d = 0; d < data.size(); d++) {
            margins.addAll(m.margins(data.get(d).text(), tokens.get(d)));
        }
        margins.removeIf(x -> x >= Float.MAX_VALUE);
        margins.sort(null);
        float scale = margins.isEmpty() ? 1 : margins.get(margins.size() / 2).floatValue();
        log.accept(m.featureCount() + " features kept; median name margin " + scale);
        return new NameModel(m.features(), m.weights(), m.weightScale(), m.transitions(), scale);
    }

    /** Fisher–Yates with the trainer's own generator, so the order depends on the seed only. */
    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }
}
