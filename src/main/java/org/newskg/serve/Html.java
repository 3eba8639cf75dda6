package org.newskg.serve;

/** HTML escaping and the common page frame of the linked-data pages. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>"
                + "body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em;color:#222}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}"
                + ".src{color:#666;font-size:.9em}.ev{color:#444;font-style:italic}nav a{margin-right:1em}"
                + "</style></head><body><nav><a href=\"/\">newskg</a><a href=\"/query\">查询 Query</a><a href=\"/search\">搜索 Search</a>"
                + "<a href=\"/.well-known/void\">VoID</a><a href=\"/dump.nq.gz\">Dump</a></nav>\n"
                + body + "\n</body></html>\n";
    }

    public static String searchForm(String value) {
        return "<form action=\"/search\" method=\"get\" id=\"search\"><input type=\"search\" name=\"q\" value=\""
                + esc(value) + "\" placeholder=\"宫本 / 工商联 / 项目\" size=\"30\"> <button type=\"submit\">搜索 Search</button></form>";
    }
}
