package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A researcher's first walk through the site, in headless Chromium over the DevTools protocol, on a
 * TDB2 store served by {@link NewskgServer}: home → query page → an example run → a result's IRI →
 * the person's page → the graph view (expanded by a click) → search. The graph view's drawing is
 * measured in the page: no two nodes or labels overlap, none leaves the frame, no role is named in
 * English, and the screenshot shows the graph spread over the frame.
 */
class SiteWalkBrowserTest {
    /** Role names as the data has them, which the pages show in Chinese. */
    static final Pattern ENGLISH_ROLES = Pattern.compile(
            "\\b(participant|attendee|speaker|chair|leader|membership|involvedOrganization|location|place|post)\\b");

    /** Every drawn node symbol, node label and edge label, with their boxes on screen, and what is wrong with them. */
    static final String GEOMETRY = """
            (() => {
              const frame = document.querySelector('#graph svg').getBoundingClientRect();
              const items = [];
              document.querySelectorAll('#graph g.node').forEach((g, i) => {
                items.push({owner: 'n' + i, kind: 'node', text: '', r: g.querySelector('.node-shape').getBoundingClientRect()});
                const l = g.querySelector('.node-label');
                items.push({owner: 'n' + i, kind: 'label', text: l.textContent, r: l.getBoundingClientRect()});
              });
              document.querySelectorAll('#graph .edge-label').forEach((l, i) =>
                items.push({owner: 'e' + i, kind: 'edge label', text: l.textContent, r: l.getBoundingClientRect()}));
              const problems = [];
              const inside = r => r.left >= frame.left - 0.5 && r.top >= frame.top - 0.5
                  && r.right <= frame.right + 0.5 && r.bottom <= frame.bottom + 0.5;
              const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
                  && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
              items.forEach(it => { if (!inside(it.r)) problems.push(it.kind + ' ' + it.text + ' leaves the frame'); });
              for (let i = 0; i < items.length; i++) {
                for (let j = i + 1; j < items.length; j++) {
                  if (items[i].owner !== items[j].owner && overlap(items[i].r, items[j].r)) {
                    problems.push(items[i].kind + ' ' + items[i].text + ' overlaps ' + items[j].kind + ' ' + items[j].text);
                  }
                }
              }
              return JSON.stringify({nodes: document.querySelectorAll('#graph g.node').length,
                edgeLabels: document.querySelectorAll('#graph .edge-label').length,
                texts: items.map(i => i.text).join(' | '), problems: problems,
                frame: {x: frame.left, y: frame.top, w: frame.width, h: frame.height}});
            })()""";

    static SiteFixture site;

    @BeforeAll
    static void start(@TempDir Path dir) {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM), "no chromium at /usr/bin/chromium: browser test skipped");
        site = new SiteFixture(dir);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void homeQueryPageResultPersonGraphViewAndSearch(@TempDir Path tmp) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        try (DevToolsPage page = new DevToolsPage(BrowserTest.CHROMIUM, tmp.resolve("profile"))) {
            page.navigate(site.root() + "/");
            page.eval("document.querySelector('#query-page').click()");
            page.waitFor("location.pathname === '/query' && document.readyState === 'complete'");

            // the menu: choosing an example puts it, comments and all, in the editor
            page.eval("(() => { const m = document.querySelector('#examples'); m.value = '02-bodies-of-a-person.rq';"
                    + " m.dispatchEvent(new Event('change')); })()");
            String editor = page.eval("document.querySelector('#query').value");
            assertTrue(editor.startsWith("# Which bodies is a person linked to"), editor);
            assertTrue(page.eval("document.querySelector('#question').textContent").contains("Which bodies"));
            page.screenshot(shots.resolve("query-page.png"));

            page.eval("document.querySelector('#run').click()");
            page.waitFor("location.pathname === '/newskg/sparql' && document.readyState === 'complete'");
            assertEquals("", page.eval("document.querySelector('#error') ? document.querySelector('#error').textContent : ''"));
            assertFalse(page.eval("document.contentType").contains("xml"));
            String table = page.eval("document.querySelector('#results').innerText");
            assertTrue(table.contains("欧阳鹏程") && table.contains("中共东港区委员会"), table);
            page.screenshot(shots.resolve("query-results.png"));

            // a result's IRI leads to the person's page
            page.eval("document.querySelector('#results a.iri[href^=\"/person/\"]').click()");
            page.waitFor("location.pathname.startsWith('/person/') && document.readyState === 'complete'");
            String person = page.eval("document.querySelector('h1#label').textContent");
            assertTrue(person.equals("欧阳鹏程") || person.equals("诸葛明远"), person);
            String parts = page.eval("[...document.querySelectorAll('#events tr.event td:nth-child(3)')].map(td => td.innerText).join(' ')");
            assertFalse(parts.isBlank(), "the person takes part in events");
            assertFalse(ENGLISH_ROLES.matcher(parts).find(), "roles named in English: " + parts);
            page.screenshot(shots.resolve("person-page.png"));

            page.eval("document.querySelector('#graph-link').click()");
            page.waitFor("location.pathname === '/graph' && document.readyState === 'complete' && document.querySelector('#graph').dataset.nodeCount");
            int before = Integer.parseInt(page.eval("document.querySelector('#graph').dataset.nodeCount"));
            assertReadable(page, shots.resolve("graph-view.png"));
            // a click on a node that is not yet expanded grows the view
            page.eval("document.querySelector('#graph g.node:not(.expanded).node-event')"
                    + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
            page.waitFor("Number(document.querySelector('#graph').dataset.nodeCount) > " + before);
            JsonObject grown = assertReadable(page, shots.resolve("graph-view-expanded.png"));
            assertTrue(grown.get("edgeLabels").getAsNumber().value().intValue() > 0, grown.toString());
            assertEquals(7, Integer.parseInt(page.eval("document.querySelectorAll('#legend li').length")));

            // search from the navigation bar: one row per entity
            page.eval("document.querySelector('nav a[href=\"/search\"]').click()");
            page.waitFor("location.pathname === '/search' && document.readyState === 'complete'");
            page.eval("document.querySelector('#search input[name=q]').value = '欧阳'");
            page.eval("document.querySelector('#search').submit()");
            page.waitFor("location.search.includes('q=') && document.readyState === 'complete'");
            String hits = page.eval("[...document.querySelectorAll('#hits tr.hit td:first-child')].map(td => td.innerText).join('|')");
            // the person once (named in two articles' graphs), and the articles whose text names him
            java.util.List<String> rows = java.util.List.of(hits.split("\\|"));
            assertEquals("欧阳鹏程", rows.get(0), hits);
            assertEquals(rows.size(), new java.util.HashSet<>(rows).size(), hits);
            assertTrue(page.eval("document.querySelector('#hits tr.hit .snippet').innerHTML").contains("<mark>欧阳</mark>"));
            page.screenshot(shots.resolve("search.png"));
        }
    }

    /**
     * Checks the graph view as drawn: the DOM's boxes (no overlap, nothing outside the frame, no
     * English role on the picture) and the screenshot (the drawing spreads over the frame).
     */
    private static JsonObject assertReadable(DevToolsPage page, Path png) throws Exception {
        Thread.sleep(300);   // the drawing is synchronous; let the paint follow
        JsonObject g = JSON.parse(page.eval(GEOMETRY));
        assertTrue(g.get("nodes").getAsNumber().value().intValue() >= 4, g.toString());
        assertEquals("[ ]", g.get("problems").toString().replaceAll("\\s+", " ").trim().replace("[]", "[ ]"),
                "overlapping or outside the frame: " + g.get("problems"));
        String texts = g.get("texts").getAsString().value();
        assertFalse(ENGLISH_ROLES.matcher(texts).find(), "English role names on the graph: " + texts);

        page.screenshot(png);
        BufferedImage image = ImageIO.read(png.toFile());
        JsonObject frame = g.get("frame").getAsObject();
        int x0 = (int) frame.get("x").getAsNumber().value().doubleValue() + 3;
        int y0 = (int) frame.get("y").getAsNumber().value().doubleValue() + 3;
        int w = (int) frame.get("w").getAsNumber().value().doubleValue() - 6;
        int h = (int) Math.min(frame.get("h").getAsNumber().value().doubleValue() - 6, image.getHeight() - y0);
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w && x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dark = 255 * 3 - ((rgb >> 16) & 255) - ((rgb >> 8) & 255) - (rgb & 255);
                if (dark > 120) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX > minX && (maxX - minX) > 0.6 * w, "the drawing spans " + (maxX - minX) + " of the frame's " + w + " px");
        assertTrue((maxY - minY) > 0.4 * h, "the drawing spans " + (maxY - minY) + " of the frame's " + h + " px in height");
        return g;
    }
}
