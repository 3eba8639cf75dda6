package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as a person sees it, in headless Chromium: home, search, an entity, its graph view. */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static LdFixture fx;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at /usr/bin/chromium: browser test skipped");
        fx = new LdFixture();
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    /** Runs headless Chromium on a page; returns stdout (the DOM when --dump-dom is given). */
    static String chromium(Path profile, String url, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--disable-breakpad", "--user-data-dir=" + profile, "--window-size=1200,900",
                "--virtual-time-budget=8000"));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Path out = Files.createTempFile(profile.getParent(), "out", ".html");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // its children are noted while it runs: one outliving it (a crash handler) is orphaned
        // when it exits, and must be stopped before the profile folder is removed
        Set<ProcessHandle> started = new LinkedHashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        boolean finished;
        do {
            p.toHandle().descendants().forEach(started::add);
            finished = p.waitFor(100, TimeUnit.MILLISECONDS);
        } while (!finished && System.nanoTime() < deadline);
        started.add(p.toHandle());
        DevToolsPage.stop(new ArrayList<>(started));
        if (!finished) {
            throw new IllegalStateException("chromium did not finish on " + url);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void homeSearchEntityAndGraphView(@TempDir Path tmp) throws Exception {
        Path profile = tmp.resolve("profile");
        String home = chromium(profile, fx.root + "/", "--dump-dom");
        assertTrue(home.contains("id=\"search\""), home);
        assertTrue(home.contains("newskg 新闻知识图谱"), home);

        // what the home page's search box submits
        String search = chromium(profile, fx.root + "/search?q=" + LocalLinks.encodeParam("诸葛"), "--dump-dom");
        assertTrue(search.contains(">诸葛明远</a>"), search);

        String entity = chromium(profile, fx.root + "/person/" + LdFixture.enc("欧阳鹏程"), "--dump-dom");
        assertTrue(entity.contains("<h1 id=\"label\">欧阳鹏程</h1>"), entity);
        assertTrue(entity.contains("中共东港区委员会"), entity);
        assertTrue(entity.contains("区委书记欧阳鹏程主持会议"), entity);

        String graphUrl = fx.root + GraphViewServlet.PATH + "?iri="
                + LocalLinks.encodeParam(LdFixture.BASE + "person/欧阳鹏程");
        String graph = chromium(profile, graphUrl, "--dump-dom");
        Matcher count = Pattern.compile("data-node-count=\"(\\d+)\"").matcher(graph);
        assertTrue(count.find(), "the script drew no graph: " + graph);
        assertTrue(Integer.parseInt(count.group(1)) >= 4, graph);
        assertTrue(graph.contains("<svg"), "the drawing is missing");
        assertTrue(graph.contains("class=\"node node-body\"><a href=\"/org/"), graph);
        assertTrue(graph.contains(">民营经济高质量发展座谈会</a>"), graph);

        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Path png = shots.resolve("graph-view.png").toAbsolutePath();
        chromium(profile, graphUrl, "--screenshot=" + png);
        assertTrue(Files.size(png) > 20_000, "screenshot too small: " + Files.size(png));
        Path entityPng = shots.resolve("entity-page.png").toAbsolutePath();
        chromium(profile, fx.root + "/person/" + LdFixture.enc("欧阳鹏程"), "--screenshot=" + entityPng);
        assertTrue(Files.size(entityPng) > 10_000);
    }

    /** A person's path through the site, driven over the DevTools protocol: type, submit, click, expand. */
    @Test
    void searchClickAndExpandLikeAPerson(@TempDir Path tmp) throws Exception {
        try (DevToolsPage page = new DevToolsPage(CHROMIUM, tmp.resolve("profile"))) {
            page.navigate(fx.root + "/");
            assertTrue(page.eval("document.querySelector('#counts').innerText").contains("人物"));
            page.eval("document.querySelector('#search input[name=q]').value = '诸葛'");
            page.eval("document.querySelector('#search').submit()");
            page.waitFor("document.querySelector('#hits')");
            String hits = page.eval("document.querySelector('#hits').innerText");
            assertTrue(hits.contains("诸葛明远"), hits);

            page.eval("document.querySelector('#hits a').click()");
            page.waitFor("document.querySelector('h1#label')");
            assertTrue(page.eval("document.querySelector('h1#label').textContent").equals("诸葛明远"));
            String posts = page.eval("document.querySelector('#memberships').innerText");
            assertTrue(posts.contains("主席") && posts.contains("东港区工商业联合会"), posts);

            page.eval("document.querySelector('#graph-link').click()");
            page.waitFor("document.querySelector('#graph') && document.querySelector('#graph').dataset.nodeCount");
            int before = Integer.parseInt(page.eval("document.querySelector('#graph').dataset.nodeCount"));
            // grow the view from the meeting he spoke at, as a click on its node does
            page.eval("newskgExpand('" + LdFixture.BASE + "event/20240312-a1-1')");
            page.waitFor("Number(document.querySelector('#graph').dataset.nodeCount) > " + before);
            String nodes = page.eval("document.querySelector('#node-list').innerText");
            assertTrue(nodes.contains("欧阳鹏程") && nodes.contains("东港区"), nodes);
            Thread.sleep(1500); // let the force layout settle before the picture
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Path png = shots.resolve("graph-view-expanded.png");
            page.screenshot(png);
            assertTrue(Files.size(png) > 20_000);
        }
    }
}
