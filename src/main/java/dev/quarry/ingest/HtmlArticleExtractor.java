package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pulls the article out of a news page: the main text (navigation, ads, comments and other
 * boilerplate removed; one paragraph per block, separated by blank lines), title, publication date
 * (JSON-LD datePublished, article:published_time, a time element, other date metas), authors,
 * canonical URL and language. A page whose main text is too short is not an article.
 *
 * <p>The main text is the container whose paragraphs hold the most text, preferring
 * {@code [itemprop=articleBody]} and {@code article}; that is the common core of readability-style
 * extractors, without their site rules.
 */
public final class HtmlArticleExtractor implements Serializable {

    /** What came out of a page; {@code text} is null when the page is not an article. */
    public record Page(String title, String text, String publishedAt, List<String> authors, String canonicalUrl, String language) {
    }

    static final int MIN_ARTICLE_CHARS = 250;
    private static final int MAX_DEPTH = 400;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|footer|header|comment|comments|share|sharing|social|related|advert|ads|ad|promo|"
                    + "sidebar|cookie|subscribe|newsletter|breadcrumb|popup|modal|outbrain|taboola|recommend|most-read|trending)"
                    + "([\\s_-]|$)", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    public Page extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl == null ? "" : baseUrl, Parser.htmlParser().setTrackErrors(0)));
    }

    /** Parses raw page bytes; a null charset lets jsoup read it from the byte-order mark or the meta tags. */
    public Page extract(byte[] html, String charset, String baseUrl) throws java.io.IOException {
        return extract(Jsoup.parse(new java.io.ByteArrayInputStream(html), charset, baseUrl == null ? "" : baseUrl));
    }

    private Page extract(Document doc) {
        Element h1 = doc.selectFirst("h1");
        // A one- or two-word h1 is a site banner or a button ("Read More"), not the headline.
        String headline = h1 == null || h1.text().strip().split("\\s+").length < 3 ? null : h1.text();
        // The document title, without its site suffix, is the headline as the publisher files it;
        // og:title is often a social-media rewrite ("Analysis: ...").
        String title = withoutSiteSuffix(firstNonBlank(doc.title(), meta(doc, "meta[property=og:title]"),
                meta(doc, "meta[name=twitter:title]"), headline), headline);
        if (title != null && headline != null && headline.strip().length() > title.length() && headline.strip().startsWith(title)) {
            title = headline.strip(); // the document title was a shortened headline
        }
        String published = firstNonBlank(jsonLd(doc, "datePublished"), meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), timeElement(doc), meta(doc, "meta[name=pubdate]"),
                meta(doc, "meta[name=publishdate]"), meta(doc, "meta[name=date]"), meta(doc, "meta[name=DC.date.issued]"),
                meta(doc, "meta[name=dc.date]"), meta(doc, "meta[property=og:published_time]"));
        List<String> authors = authors(doc);
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String canonicalUrl = firstNonBlank(canonical == null ? null : canonical.absUrl("href"), meta(doc, "meta[property=og:url]"));
        String language = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(doc, "meta[http-equiv=content-language]"), meta(doc, "meta[property=og:locale]"));
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT).replace('_', '-');
            language = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        }
        return new Page(title == null ? null : title.strip(), mainText(doc), published, authors, canonicalUrl,
                language == null || language.isBlank() ? null : language);
    }

    private static String mainText(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, figure figcaption").remove();
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            String marker = e.className() + " " + e.id();
            if (e.parent() != null && !marker.isBlank() && BOILERPLATE.matcher(marker).find()
                    && !e.tagName().equals("body") && !e.tagName().equals("html") && !e.tagName().equals("article")
                    && !holdsArticleText(e)) {
                e.remove();
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Element candidate : doc.select("[itemprop=articleBody], article, main, div, section, td, body")) {
            if (depth(candidate) > MAX_DEPTH) {
                continue;
            }
            int score = 0;
            for (String block : blocks(candidate)) {
                score += block.length();
            }
            if (candidate.attr("itemprop").equals("articleBody") || candidate.tagName().equals("article")) {
                score = score * 3 / 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        // Some sites split the body over sibling containers of one class; take them all, in order.
        List<String> paragraphs = new ArrayList<>();
        Element parent = best.parent();
        if (parent != null && !best.className().isBlank()) {
            for (Element sibling : parent.children()) {
                if (sibling == best || (sibling.tagName().equals(best.tagName()) && sibling.className().equals(best.className()))) {
                    paragraphs.addAll(blocks(sibling));
                }
            }
        } else {
            paragraphs.addAll(blocks(best));
        }
        String text = String.join("\n\n", paragraphs);
        return text.length() < MIN_ARTICLE_CHARS ? null : text;
    }

    /** A wrapper named like boilerplate ("advert-content-wrap") that holds several long paragraphs is content. */
    private static boolean holdsArticleText(Element e) {
        int longParagraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 100 && ++longParagraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("p", "h2", "h3", "h4", "blockquote", "pre");
    private static final java.util.Set<String> INLINE_TAGS = java.util.Set.of(
            "a", "b", "i", "em", "strong", "span", "br", "u", "small", "sup", "sub", "abbr", "cite", "q", "time", "font", "mark");

    /**
     * The paragraphs directly inside an element: its block children (p, h2-h4, blockquote), its
     * leaf divs (a div holding only inline markup), its lists' longer items, and runs of its own
     * text split at {@code <br>}s. Nested containers are left to be scored on their own.
     */
    private static List<String> blocks(Element container) {
        List<String> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (org.jsoup.nodes.Node node : container.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                run.append(t.text());
                continue;
            }
            if (!(node instanceof Element e)) {
                continue;
            }
            String tag = e.tagName();
            if (tag.equals("br")) {
                flush(run, blocks);
            } else if (INLINE_TAGS.contains(tag)) {
                run.append(e.text());
            } else if (BLOCK_TAGS.contains(tag) || (tag.equals("div") && isLeaf(e))) {
                flush(run, blocks);
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    blocks.add(t);
                }
            } else if (tag.equals("ul") || tag.equals("ol")) {
                flush(run, blocks);
                for (Element li : e.children()) {
                    if (li.text().length() >= 80) {
                        blocks.add(li.text().strip());
                    }
                }
            } else {
                flush(run, blocks);
            }
        }
        flush(run, blocks);
        return blocks;
    }

    private static boolean isLeaf(Element e) {
        for (Element child : e.children()) {
            if (!INLINE_TAGS.contains(child.tagName())) {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder run, List<String> blocks) {
        String t = run.toString().strip();
        // A stray word between blocks is navigation residue, not a paragraph.
        if (t.length() >= 40) {
            blocks.add(t);
        }
        run.setLength(0);
    }

    /** "Storm closes ferry | The Gazette" -> "Storm closes ferry": a short trailing part after | or - is the site. */
    static String withoutSiteSuffix(String title, String headline) {
        if (title == null) {
            return null;
        }
        if (headline != null && title.startsWith(headline.strip()) && title.length() > headline.strip().length()) {
            return headline.strip();
        }
        java.util.regex.Matcher m = Pattern.compile("^(.{15,}?)\\s+[|\u2013\u2014-]\\s+([^|\u2013\u2014]{2,40})$").matcher(title.strip());
        if (m.matches() && m.group(2).strip().split("\\s+").length <= 4) {
            return m.group(1).strip();
        }
        return title;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null && d <= MAX_DEPTH; p = p.parent()) {
            d++;
        }
        return d;
    }

    private static List<String> authors(Document doc) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (JsonNode author : jsonLdNodes(doc, "author")) {
            if (author.isArray()) {
                author.forEach(a -> addName(names, a.isObject() ? a.path("name").asText(null) : a.asText(null)));
            } else {
                addName(names, author.isObject() ? author.path("name").asText(null) : author.asText(null));
            }
        }
        for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
            addName(names, m.attr("content").replaceFirst("(?i)^by\\s+", ""));
        }
        for (Element a : doc.select("[rel=author], [itemprop=author] [itemprop=name], .byline__name, .author-name")) {
            addName(names, a.text());
        }
        return new ArrayList<>(names);
    }

    private static void addName(LinkedHashSet<String> names, String name) {
        if (name != null && !name.isBlank() && !name.startsWith("http") && name.length() < 100) {
            names.add(name.strip());
        }
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String jsonLd(Document doc, String field) {
        for (JsonNode n : jsonLdNodes(doc, field)) {
            if (n.isValueNode() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return null;
    }

    /** Every value of {@code field} in the page's JSON-LD, through @graph and arrays. */
    private static List<JsonNode> jsonLdNodes(Document doc, String field) {
        List<JsonNode> found = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), field, found, 0);
            } catch (Exception ignored) {
                // broken JSON-LD is common; the meta tags are the fallback
            }
        }
        return found;
    }

    private static void collect(JsonNode node, String field, List<JsonNode> found, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, field, found, depth + 1));
        } else if (node.isObject()) {
            if (node.has(field)) {
                found.add(node.get(field));
            }
            if (node.has("@graph")) {
                collect(node.get("@graph"), field, found, depth + 1);
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The publication instant, or null when the page's date cannot be read. */
    static Instant parseDate(String value, Instant now) {
        try {
            return PublicationDates.parse(value, now);
        } catch (PublicationDates.BadDate e) {
            return null;
        }
    }
}
