package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderEncodingTest {

    private static final String STORY = "本报讯（记者 秦晓峰）3月12日，青山区召开乡村振兴工作推进会，"
            + "区委书记韩立东出席会议并讲话。\n\n会议要求，要扎实推进和美乡村建设。\n";

    @TempDir
    Path dir;

    private Page read(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return new PageReader().read(f, Optional.empty());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void assertStory(Page p) {
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertTrue(a.text().contains("区委书记韩立东出席会议并讲话"), a.text());
        assertEquals(java.util.List.of("秦晓峰"), a.reporters());
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertStory(read("a.txt", STORY.getBytes(StandardCharsets.UTF_8)));
        assertStory(read("b.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                STORY.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16WithBom() throws Exception {
        assertStory(read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE))));
        assertStory(read("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void utf16WithoutBomByItsNulBytes() throws Exception {
        assertStory(read("le.txt", STORY.getBytes(StandardCharsets.UTF_16LE)));
        assertStory(read("be.txt", STORY.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void gbkAndGb18030() throws Exception {
        assertStory(read("gbk.txt", STORY.getBytes(Charset.forName("GBK"))));
        assertStory(read("gb.txt", (STORY + "𠮷").getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void truncatedUtf8KeepsWhatIsWhole() throws Exception {
        byte[] full = (STORY + "尾").getBytes(StandardCharsets.UTF_8);
        Page p = read("cut.txt", Arrays.copyOf(full, full.length - 1));
        assertTrue(p.articles().get(0).text().endsWith("和美乡村建设。"), p.articles().get(0).text());
    }

    @Test
    void emptyBinaryMissingAndUndecodableAreClearProblems() throws Exception {
        InputProblem empty = assertThrows(InputProblem.class, () -> read("empty.txt", new byte[0]));
        assertTrue(empty.getMessage().contains("empty.txt") && empty.getMessage().contains("empty"));
        byte[] bin = new byte[4096];
        for (int i = 0; i < bin.length; i++) {
            bin[i] = (byte) (i * 7 % 256);
        }
        InputProblem binary = assertThrows(InputProblem.class, () -> read("x.bin", bin));
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
        InputProblem missing = assertThrows(InputProblem.class,
                () -> new PageReader().read(dir.resolve("nope.txt"), Optional.empty()));
        assertTrue(missing.getMessage().contains("nope.txt") && missing.getMessage().contains("no such file"));
        byte[] bad = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0x30, (byte) 0x81, (byte) 0x7F, 0x41};
        InputProblem undecodable = assertThrows(InputProblem.class, () -> read("bad.txt", bad));
        assertTrue(undecodable.getMessage().contains("decode"), undecodable.getMessage());
    }

    @Test
    void tooLargeFileIsRefusedWithoutReadingIt() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("新".getBytes(StandardCharsets.UTF_8)), PageReader.MAX_BYTES + 10);
        }
        InputProblem p = assertThrows(InputProblem.class, () -> new PageReader().read(f, Optional.empty()));
        assertTrue(p.getMessage().contains("too large"), p.getMessage());
    }

    @Test
    void aLongSingleLineIsOneArticle() throws Exception {
        String sentence = "东湖街道持续推进老旧小区改造，惠及居民1200户，";
        StringBuilder b = new StringBuilder("本报讯（记者 谷雨晴）");
        while (b.length() < 3_000_000) {
            b.append(sentence);
        }
        b.append("群众满意度明显提升。");
        Page p = read("long.txt", b.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(1, p.articles().size());
        assertTrue(p.articles().get(0).text().endsWith("群众满意度明显提升。"));
        assertEquals(java.util.List.of("谷雨晴"), p.articles().get(0).reporters());
    }

    @Test
    void htmlGivesTitleAndParagraphsWithoutScriptsOrChrome() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>松原镇举办农民丰收节</title>"
                + "<style>p{color:red}</style><script>var x='<p>不要</p>';</script></head><body>"
                + "<div class=nav>首页 &gt; 新闻动态</div><h1>松原镇举办农民丰收节</h1>"
                + "<div>发布时间：2024-09-23 10:12 信息来源：松原镇</div>"
                + "<p>9月22日，松原镇在文化广场举办农民丰收节&nbsp;活动，&ldquo;晒丰收&rdquo;展区吸引了众多村民。</p>"
                + "<p>镇党委书记贺明远为种粮大户颁奖。</p><div>【字体：大 中 小】 打印本页 关闭窗口</div></body></html>";
        Page p = read("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("松原镇举办农民丰收节", a.headline());
        assertTrue(a.text().startsWith("9月22日，松原镇"), a.text());
        assertTrue(a.text().contains("“晒丰收”"), a.text());
        assertTrue(!a.text().contains("不要") && !a.text().contains("color") && !a.text().contains("打印"), a.text());
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 9, 23)), a.published());
        assertEquals(Optional.of(2024), a.yearHint());
    }
}
