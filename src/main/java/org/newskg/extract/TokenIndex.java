package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Token;

/** An article's tokens with a lookup from character offset to the token covering it. */
public final class TokenIndex {

    public final String text;
    public final List<Token> tokens;
    private final int[] tokenAt;

    TokenIndex(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        tokenAt = new int[text.length() + 1];
        java.util.Arrays.fill(tokenAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (int c = t.span().start(); c < t.span().end() && c < tokenAt.length; c++) {
                tokenAt[c] = i;
            }
        }
    }

    /** Index of the token covering {@code offset}, or -1. */
    public int at(int offset) {
        return offset >= 0 && offset < text.length() ? tokenAt[offset] : -1;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** True when a token starts (or the text starts or ends) at {@code offset}. */
    public boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        int i = tokenAt[offset];
        return i < 0 || tokens.get(i).span().start() == offset;
    }
}
