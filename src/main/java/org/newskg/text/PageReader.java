package org.newskg.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one page file (PDF text, a saved web page, any text file) into a {@link Page}: decoding,
 * normalisation, site chrome, layout repair, and the cut into articles with headline, reporters,
 * dateline region and dates.
 */
public final class PageReader {

    /** Bytes read at most from one page file; larger inputs belong in JSON Lines. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Reads a page; its publication date is the one it states (a masthead, 发布时间), else {@code given}
     * (from a dates file or {@code --date}), the fallback for pages that print none.
     */
    public Page read(Path file, Optional<LocalDate> given) throws InputProblem {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = readText(file);
        if (name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$") || HtmlText.looksLikeHtml(text)) {
            text = HtmlText.visibleText(text);
        }
        text = TextNormalizer.normalize(text);
        if (PageKind.of(text) == PageKind.WEB_ARTICLE) {
            return webArticle(file, name, text, given);
        }
        Optional<LocalDate> stated = SiteChrome.statedDate(text);
        text = SiteChrome.strip(text);
        if (text.isBlank()) {
            throw new InputProblem(file, "no text in the file");
        }
        List<PageUnit> units = PageLayout.units(text);
        List<PageSegmenter.Cut> cuts = PageSegmenter.segment(units);
        String pageText = pageText(units);
        if (cuts.isEmpty()) {
            cuts = List.of(new PageSegmenter.Cut("", List.of(), List.of(pageText)));
        }
        Optional<LocalDate> published = stated.or(() -> given);
        Optional<Integer> year = published.map(LocalDate::getYear).or(() -> YearHint.of(pageText));
        String stem = stem(name);
        List<Article> articles = new ArrayList<>();
        int ordinal = 0;
        for (PageSegmenter.Cut c : cuts) {
            ordinal++;
            String body = String.join("\n", c.paragraphs());
            articles.add(new Article(String.format(Locale.ROOT, "%s-%02d", stem, ordinal), name, ordinal,
                    c.headline(), c.reporters(), body, published, year, Bylines.region(body), Optional.empty()));
        }
        return new Page(name, pageText, articles, PageKind.NEWSPAPER_PAGE);
    }

    /** A news site's page: one article, its header read for headline, date and credits. */
    private static Page webArticle(Path file, String name, String text, Optional<LocalDate> given) throws InputProblem {
        WebArticle web = WebArticleReader.read(text);
        if (web.body().isBlank()) {
            throw new InputProblem(file, "no text in the file");
        }
        Optional<LocalDate> published = web.published().or(() -> given);
        Optional<Integer> year = published.map(LocalDate::getYear).or(() -> YearHint.of(web.body()));
        Article article = new Article(String.format(Locale.ROOT, "%s-%02d", stem(name), 1), name, 1, web.headline(),
                web.reporters(), web.body(), published, year, Bylines.region(web.body()), Optional.empty());
        // the header's source line (来源：江都区人民政府) tells the page's place as well as its story does
        return new Page(name, web.header() + "\n\n" + web.body(), List.of(article), PageKind.WEB_ARTICLE);
    }

    /** The file's text, decoded; every failure is an {@link InputProblem} naming the file. */
    static String readText(Path file) throws InputProblem {
        if (!Files.exists(file)) {
            throw new InputProblem(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputProblem(file, "a folder, not a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputProblem(file, String.format(Locale.ROOT,
                        "too large for one page (%.1f MB, at most %d MB are read); split it or give it as JSON Lines",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new InputProblem(file, "grew beyond " + MAX_BYTES / 1048576 + " MB while being read");
            }
        } catch (NoSuchFileException e) {
            throw new InputProblem(file, "disappeared before it could be read", e);
        } catch (AccessDeniedException e) {
            throw new InputProblem(file, "permission denied", e);
        } catch (IOException e) {
            throw new InputProblem(file, "cannot be read: " + e.getMessage(), e);
        }
        return TextDecoder.decode(file, bytes).text();
    }

    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".jsonl.gz", ".json.gz", ".txt.gz", ".jsonl", ".html", ".htm", ".xhtml", ".txt", ".text"}) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String pageText(List<PageUnit> units) {
        StringBuilder b = new StringBuilder();
        for (PageUnit u : units) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(u.text());
        }
        return b.toString();
    }
}
