package org.newskg.text;

import java.util.regex.Pattern;

/**
 * The lines of a news site's page that are not its story: breadcrumbs and menus, the header's
 * source and date fields, share and print links, the editor's line, copyright and licence lines,
 * and the teasers (相关新闻, 上一篇) after the story, where the story ends.
 */
final class WebChrome {

    private static final Pattern BREADCRUMB = Pattern.compile(
            "[>＞›»]|^(?:当前位置|您的位置|你的位置|所在位置|位置)\\s*[:：]|^首页\\s*[·|/]");
    /** A field of the article's header: 来源：…, 发布时间：…, 作者：…, 浏览次数：… */
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "(?:来源|作者|撰稿|发布时间|发布日期|发表时间|更新时间|时间|日期|浏览次数|阅读次数|阅读量|点击数|点击量|点击次数|访问量|关键字|关键词|标签|字号|字体)\\s*[:：]"
            + "|大字体|小字体|扫码带走|我来说两句|^分享(?:到)?\\s*[:：]?$|^打印$|^关闭$|^\\[?(?:打印本页|关闭窗口|返回顶部|收藏本页)\\]?$");
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");
    /** Lines after which a page holds no more of its story. */
    private static final Pattern STORY_OVER = Pattern.compile(
            "^(?:相关新闻|相关阅读|相关链接|相关文章|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|精彩推荐|往期回顾|更多精彩|网友评论|上一篇|下一篇|版权声明|版权所有|免责声明)"
            + "|^(?:Copyright|COPYRIGHT|©)|还没看够|立即打开|打开.{0,8}(?:APP|客户端|看看吧)");
    /** Single lines of chrome anywhere in the body. */
    private static final Pattern BODY_CHROME = Pattern.compile(
            "^(?:初审编辑|责任编辑|审核|校对|终审|编审|值班编辑)\\s*[:：]\\s*[\\p{IsHan}\\s]{0,8}$|公网安备|ICP[备证]|^扫一扫|二维码|^分享到|^【纠错】|^\\[?打印\\]?$");

    private WebChrome() {
    }

    /** A breadcrumb or a menu line: 首页 > 新闻, 当前位置：…, 首页 · 县域. */
    static boolean isBreadcrumb(String line) {
        return BREADCRUMB.matcher(line).find();
    }

    /** A line of the article's header that states its source, date, author or reading count. */
    static boolean isHeaderField(String line) {
        return HEADER_FIELD.matcher(line).find() || isDateLine(line);
    }

    /** A line that is a date and perhaps a time and weekday, nothing else (2020-04-16, 2024-04-25 星期四). */
    static boolean isDateLine(String line) {
        var m = DATE.matcher(line);
        return m.find() && m.start() <= 2 && line.length() - (m.end() - m.start()) <= 16 && !line.contains("。");
    }

    /** A line after which the page shows teasers, licences or app banners, not the story. */
    static boolean endsStory(String line) {
        return STORY_OVER.matcher(line).find();
    }

    static boolean isBodyChrome(String line) {
        return BODY_CHROME.matcher(line).find() || !hasHan(line);
    }

    /** A line without any Chinese character: separators (|||), image names (6.jpg), stray numbers. */
    static boolean hasHan(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (TextNormalizer.isHan(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
