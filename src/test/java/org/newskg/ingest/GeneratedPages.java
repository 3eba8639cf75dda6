package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pages of made-up local news in the genre's style, one article a page, for tests that need many
 * articles: each has a headline, a byline and a body with title chains, a meeting, a company and a
 * project. Names come from a seeded generator, so each article's people are its own.
 */
final class GeneratedPages {

    /** The command line of a build of {@code inputs} into {@code store}, dated where pages state no date. */
    static String[] buildArgs(java.nio.file.Path store, java.nio.file.Path... inputs) {
        String[] args = new String[4 + inputs.length];
        args[0] = "build";
        args[1] = "--store";
        args[2] = store.toString();
        args[3] = "--date=2024-06-01";
        for (int i = 0; i < inputs.length; i++) {
            args[4 + i] = inputs[i].toString();
        }
        return args;
    }

    private static final String SURNAMES = "王李张刘陈杨黄吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "志建国明海文立新伟晓春华军平东玉成德永辉宏振云鹏涛斌瑞峰";
    private static final String[] DISTRICTS = {"青石区", "白沙区", "云台区", "北塘区", "西岭区"};
    private static final String[] TOPICS = {"重点项目建设", "乡村振兴工作", "安全生产", "营商环境优化", "招商引资"};
    private static final String[] FIRMS = {"瀚海", "恒远", "金穗", "蓝湾", "鼎信", "泰和"};
    private static final String[] INDUSTRIES = {"新材料", "智能装备", "海洋科技", "食品", "物流"};

    private GeneratedPages() {
    }

    /** A person's name for article {@code i}, slot {@code slot}: the same arguments give the same name. */
    static String name(long seed, int i, int slot) {
        Random r = new Random(seed * 1_000_003L + i * 31L + slot);
        String given = "" + GIVEN.charAt(r.nextInt(GIVEN.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()));
        return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + given;
    }

    /** The text of article {@code i}. */
    static String article(long seed, int i) {
        Random r = new Random(seed + i);
        String district = DISTRICTS[r.nextInt(DISTRICTS.length)];
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String firm = FIRMS[r.nextInt(FIRMS.length)] + INDUSTRIES[r.nextInt(INDUSTRIES.length)] + "有限公司";
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        String chair = name(seed, i, 0);
        String mayor = name(seed, i, 1);
        String manager = name(seed, i, 2);
        String reporter = name(seed, i, 3);
        return district.substring(0, 2) + "召开" + topic + "推进会\n"
                + "本报讯（记者 " + reporter + "）" + month + "月" + day + "日，" + district + "委书记" + chair
                + "主持召开" + topic + "推进会，区委副书记、区长" + mayor + "出席会议并讲话。\n"
                + "会议指出，要加快推进" + INDUSTRIES[r.nextInt(INDUSTRIES.length)] + "产业园项目建设，该项目总投资"
                + (2 + r.nextInt(40)) + "亿元。" + firm + "总经理" + manager + "汇报了项目进展情况。\n"
                + "会议强调，各部门要压实责任，确保各项任务按期完成。\n";
    }

    /** Writes articles {@code from} to {@code to - 1}, one page file each, named {@code page-00042.txt}. */
    static List<Path> write(Path dir, long seed, int from, int to) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = from; i < to; i++) {
                Path f = dir.resolve(String.format("page-%05d.txt", i));
                Files.writeString(f, article(seed, i), StandardCharsets.UTF_8);
                files.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
