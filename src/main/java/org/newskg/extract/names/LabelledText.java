package org.newskg.extract.names;

import java.util.List;

/** One training text with the names marked in it; {@code line} is where it came from (for errors). */
public record LabelledText(String text, List<GoldName> names, int line) {

    public LabelledText {
        names = List.copyOf(names);
    }
}
