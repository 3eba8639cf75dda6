package org.newskg.extract.names;

/**
 * The working arrays of labelling one text, kept per thread and grown to the longest text seen:
 * labelling a corpus then allocates nothing per article but its result. Never shared between threads.
 */
final class DecodeScratch {

    private static final int T = BioesTags.COUNT;
    private static final int F = CharFeatures.COUNT;
    /**
     * A text longer than this leaves the arrays it needed behind, so one huge page does not pin
     * memory: a thread keeps at most about 8 MB (news articles are rarely over 2,000 characters).
     */
    private static final int KEEP_CHARS = 1 << 14;

    private static final ThreadLocal<DecodeScratch> PER_THREAD = ThreadLocal.withInitial(DecodeScratch::new);

    final CharFeatures.Words words = new CharFeatures.Words();
    long[] keys = new long[0];
    float[] emit = new float[0], delta = emit, beta = emit;
    int[] path = new int[0];
    /** One character's feature rows (packed row numbers). */
    final int[] rows = new int[F];
    private int capacity;

    /** This thread's scratch, with room for n characters (a fresh one for texts over KEEP_CHARS). */
    static DecodeScratch forText(int n) {
        DecodeScratch s = n > KEEP_CHARS ? new DecodeScratch() : PER_THREAD.get();
        s.ensure(n);
        return s;
    }

    private void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        int cap = Math.max(n, Math.min(KEEP_CHARS, capacity * 2));
        keys = new long[cap * F];
        emit = new float[cap * T];
        delta = new float[cap * T];
        beta = new float[cap * T];
        path = new int[cap];
        capacity = cap;
    }
}
