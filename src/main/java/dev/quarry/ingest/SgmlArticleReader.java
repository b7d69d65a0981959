package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LDC-style SGML newswire, read leniently record by record: Reuters-21578 ({@code <REUTERS NEWID=..>}
 * with DATE, TITLE, DATELINE, BODY) and Gigaword-style ({@code <DOC id=..>} with HEADLINE, DATELINE,
 * TEXT and P). {@code &#N;} and the usual named entities are decoded, control characters dropped,
 * and hard-wrapped lines joined, with paragraphs (indented lines in Reuters, P elements in Gigaword)
 * kept as blank-line breaks. A record that is never closed ends where the next one starts.
 *
 * <p>{@code article_id} is the DOC id, or {@code reuters-<NEWID>}; a record without a body is
 * rejected as no_text, so every record is accounted for.
 */
public final class SgmlArticleReader implements ArticleReader {

    private static final Pattern RECORD_START = Pattern.compile("<(REUTERS|DOC)(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d{1,6});");

    private final int maxArticleChars;
    private final java.time.Instant now;

    private final PublicationDates dates;

    public SgmlArticleReader(int maxArticleChars, java.time.Instant now) {
        this(maxArticleChars, now, PublicationDates.DEFAULT);
    }

    public SgmlArticleReader(int maxArticleChars, java.time.Instant now, PublicationDates dates) {
        this.maxArticleChars = maxArticleChars;
        this.now = now;
        this.dates = dates;
    }

    @Override
    public Iterator<ReadResult> read(String sourceFile, InputStream in) {
        // Newswire SGML is ASCII or Latin-1; ISO-8859-1 never fails to decode.
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        return new LazyResults() {
            private String pendingStart;
            private long recordNumber;
            private boolean sawContent;

            @Override
            protected ReadResult advance() {
                try {
                    StringBuilder record = null;
                    String line;
                    if (pendingStart != null) {
                        record = new StringBuilder(pendingStart).append('\n');
                        pendingStart = null;
                    }
                    while ((line = lines.readLine()) != null) {
                        sawContent |= !line.isBlank();
                        Matcher start = RECORD_START.matcher(line);
                        if (start.find()) {
                            if (record != null) {
                                // The previous record was never closed: it ends here.
                                pendingStart = line.substring(start.start());
                                return parse(sourceFile, ++recordNumber, record.toString());
                            }
                            record = new StringBuilder(line.substring(start.start())).append('\n');
                        } else if (record != null) {
                            record.append(line).append('\n');
                        }
                        if (record != null && (line.contains("</REUTERS>") || line.contains("</DOC>")
                                || line.contains("</reuters>") || line.contains("</doc>"))) {
                            return parse(sourceFile, ++recordNumber, record.toString());
                        }
                        if (record != null && record.length() > 6L * maxArticleChars + 65_536) {
                            ReadResult r = ReadResult.of(Reject.of(sourceFile, ++recordNumber, RejectReason.TOO_LARGE,
                                    "SGML record is over the size limit", record.substring(0, 200)));
                            record = null;
                            skipToRecordEnd();
                            return r;
                        }
                    }
                    finish();
                    close();
                    if (record == null && recordNumber == 0 && sawContent) {
                        // Something was there, but no <REUTERS> or <DOC> record: report it rather than pass it by.
                        return ReadResult.of(Reject.of(sourceFile, 0, RejectReason.UNREADABLE_FILE,
                                "no <REUTERS> or <DOC> records in this SGML file", null));
                    }
                    return record == null ? null : parse(sourceFile, ++recordNumber, record.toString());
                } catch (IOException e) {
                    finish();
                    close();
                    return ReadResult.of(Reject.of(sourceFile, recordNumber + 1, RejectReason.UNREADABLE_FILE,
                            "file broke off: " + e.getMessage(), null));
                }
            }

            private void skipToRecordEnd() throws IOException {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("</REUTERS>") || line.contains("</DOC>")) {
                        return;
                    }
                }
            }

            private void close() {
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // nothing more to read either way
                }
            }
        };
    }

    ReadResult parse(String sourceFile, long recordNumber, String record) {
        Matcher start = RECORD_START.matcher(record);
        String attributes = start.find() && start.group(2) != null ? start.group(2) : "";
        String id = attribute(attributes, "id");
        String newId = attribute(attributes, "NEWID");
        String docno = element(record, "DOCNO");
        String articleId = id != null ? id : docno != null ? docno.strip() : newId != null ? "reuters-" + newId : null;
        boolean reuters = start.group(1).equalsIgnoreCase("REUTERS");
        String title = clean(firstNonNull(element(record, "TITLE"), element(record, "HEADLINE")));
        String dateText = clean(element(record, "DATE"));
        if (dateText != null) {
            // Reuters-21578 dates sometimes carry stray letters after the seconds ("00:02:59.13RM").
            dateText = dateText.replaceFirst("\\s*#.*$", "").replaceFirst("(\\d)[A-Za-z ]+$", "$1");
        }
        String body = element(record, "BODY");
        String text = body != null ? reflowReuters(decode(body))
                : reuters ? null : paragraphs(element(record, "TEXT"));
        String excerpt = record.length() > 200 ? record.substring(0, 200) : record;
        if (articleId == null) {
            articleId = "r" + RecordMapper.sha(RecordMapper.fileName(sourceFile) + ":" + recordNumber);
        }
        if (text == null || text.isBlank()) {
            return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.NO_TEXT,
                    "record " + articleId + " has no body" + (title == null ? "" : " (title only: " + title + ")"), excerpt));
        }
        if (text.length() > maxArticleChars) {
            return ReadResult.of(Reject.of(sourceFile, recordNumber, RejectReason.TOO_LARGE,
                    "article text has " + text.length() + " characters", excerpt));
        }
        java.time.Instant published = null;
        Reject dateNote = null;
        if (dateText != null && !dateText.isBlank()) {
            try {
                published = dates.read(dateText, now);
            } catch (PublicationDates.BadDate e) {
                dateNote = Reject.of(sourceFile, recordNumber, RejectReason.of(e), e.getMessage() + "; kept undated", excerpt);
            }
        }
        String source = reuters ? "reuters" : sourceFromDocId(articleId);
        Article article = new Article(articleId, null, source, title, List.of(), published, null, text, sourceFile, recordNumber);
        return dateNote == null ? ReadResult.of(article) : ReadResult.kept(article, dateNote);
    }

    private static String sourceFromDocId(String id) {
        int underscore = id.indexOf('_');
        return underscore > 0 ? id.substring(0, underscore).toLowerCase(Locale.ROOT) : null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    /** The content of the first {@code <name ...>...</name>}, or of an unclosed one up to the record end. */
    private static String element(String record, String name) {
        Matcher open = Pattern.compile("<" + name + "(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE).matcher(record);
        if (!open.find()) {
            return null;
        }
        Matcher close = Pattern.compile("</" + name + ">", Pattern.CASE_INSENSITIVE).matcher(record);
        int end = close.find(open.end()) ? close.start() : record.length();
        return record.substring(open.end(), end);
    }

    private static String clean(String s) {
        return s == null ? null : decode(s).replaceAll("\\s+", " ").strip();
    }

    /** Decodes {@code &#N;} and named entities, and drops control characters (Reuters' &#2; &#3; ...). */
    static String decode(String s) {
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(1));
            String replacement = code < 32 && code != 10 && code != 9 ? "" : code <= 0x10FFFF ? new String(Character.toChars(code)) : "";
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    /** Reuters bodies: hard-wrapped lines joined, an indented line starts a paragraph, the "Reuter" sign-off dropped. */
    static String reflowReuters(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            boolean newParagraph = line.startsWith("    ") || line.startsWith("\t");
            String t = line.strip();
            if (out.isEmpty()) {
                out.append(t);
            } else if (newParagraph) {
                out.append("\n\n").append(t);
            } else {
                out.append(' ').append(t);
            }
        }
        String text = out.toString();
        return text.replaceAll("\\s*\\bReuter\\s*$", "").strip();
    }

    /** Gigaword TEXT: one paragraph per P element (or the whole text when there are none). */
    private static String paragraphs(String textElement) {
        if (textElement == null) {
            return null;
        }
        Matcher p = Pattern.compile("<P>(.*?)(</P>|(?=<P>)|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(textElement);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            String para = clean(p.group(1));
            if (para != null && !para.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(para);
            }
        }
        return out.isEmpty() ? clean(textElement) : out.toString();
    }
}
