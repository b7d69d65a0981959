package dev.quarry.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * A benchmark archive: N articles resampled, with a seed, from real ones, written as JSON Lines in
 * files of {@link #ARTICLES_PER_FILE}. Each article is a whole source article, so lengths follow the
 * source's own distribution; a closing line numbers the copy, so ingest's duplicate check keeps them
 * all. Optionally some articles are long ones (source texts joined up to a size) for memory checks.
 */
public final class SyntheticArchive {

    public static final int ARTICLES_PER_FILE = 1000;
    private static final String STAMP = "archive.properties";
    private static final String[] OUTLETS = {"northwire.example", "harbour-gazette.example", "capital-times.example",
            "valley-courier.example", "metro-daily.example"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One source article to resample. */
    public record SourceArticle(String title, String text) {
    }

    /**
     * @param longArticles how many of the articles are long ones
     * @param longChars    the size of each long article, in characters
     */
    public record Spec(int articles, long seed, int longArticles, int longChars) {
        public Spec {
            if (articles < 1) {
                throw new IllegalArgumentException("the archive needs at least one article, not " + articles);
            }
            if (longArticles < 0 || longArticles > articles) {
                throw new IllegalArgumentException("long articles must be between 0 and " + articles + ", not " + longArticles);
            }
        }
    }

    /** What was written: the folder, and the archive's size. */
    public record Summary(Path dir, int articles, long chars, int files, boolean reused) {
    }

    private SyntheticArchive() {
    }

    /**
     * Writes the archive into {@code dir}, or reuses it when the folder already holds the same spec
     * built from the same sources.
     */
    public static Summary write(List<SourceArticle> sources, String sourceName, Spec spec, Path dir) throws IOException {
        return write(sources, sourceName, spec, dir, 0);
    }

    /**
     * The archive as daily drops: file {@code day-NNNNN.jsonl} holds the {@code perDay} articles
     * published on day N (from 2024-01-01), as a scheduled run would find them.
     */
    public static Summary writeDaily(List<SourceArticle> sources, String sourceName, long seed, int days, int perDay, Path dir)
            throws IOException {
        if (days < 1 || perDay < 1) {
            throw new IllegalArgumentException("daily drops need at least one day and one article a day, not " + days + " x " + perDay);
        }
        return write(sources, sourceName, new Spec(days * perDay, seed, 0, 0), dir, perDay);
    }

    /** The file an archive's daily drop is in (see {@link #writeDaily}). */
    public static String dayFile(int day) {
        return String.format("day-%05d.jsonl", day);
    }

    private static Summary write(List<SourceArticle> sources, String sourceName, Spec spec, Path dir, int perDay) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the source archive " + sourceName + " holds no article with text to resample");
        }
        Properties wanted = new Properties();
        // Bump when the generation changes, so an archive made by older code is not reused.
        wanted.setProperty("generator", "4");
        wanted.setProperty("source", sourceName);
        wanted.setProperty("source.articles", Integer.toString(sources.size()));
        wanted.setProperty("articles", Integer.toString(spec.articles()));
        wanted.setProperty("seed", Long.toString(spec.seed()));
        wanted.setProperty("long.articles", Integer.toString(spec.longArticles()));
        wanted.setProperty("long.chars", Integer.toString(spec.longChars()));
        wanted.setProperty("per.day", Integer.toString(perDay));
        Path stamp = dir.resolve(STAMP);
        if (Files.isRegularFile(stamp)) {
            Properties found = new Properties();
            try (var in = Files.newBufferedReader(stamp)) {
                found.load(in);
            }
            String chars = found.getProperty("chars");
            String files = found.getProperty("files");
            found.remove("chars");
            found.remove("files");
            if (found.equals(wanted) && chars != null && files != null) {
                return new Summary(dir, spec.articles(), Long.parseLong(chars), Integer.parseInt(files), true);
            }
        }
        clear(dir);
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(spec.seed());
        // Long articles sit at evenly spaced positions, so every file of a large archive may hold one.
        int longEvery = spec.longArticles() == 0 ? 0 : spec.articles() / spec.longArticles();
        long chars = 0;
        int files = 0;
        BufferedWriter out = null;
        try {
            for (int i = 0; i < spec.articles(); i++) {
                if (i % (perDay > 0 ? perDay : ARTICLES_PER_FILE) == 0) {
                    if (out != null) {
                        out.close();
                    }
                    String name = perDay > 0 ? dayFile(files + 1) : String.format("part-%05d.jsonl", files);
                    files++;
                    out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
                }
                boolean isLong = longEvery > 0 && i % longEvery == 0 && i / longEvery < spec.longArticles();
                SourceArticle src = sources.get(random.nextInt(sources.size()));
                String copyLine = "\n\n(Archive copy " + i + ".)";
                // A long article is exactly longChars long, copy line included, so it meets a size cap exactly.
                String text = (isLong ? longText(sources, random, spec.longChars() - copyLine.length()) : src.text()) + copyLine;
                // Two years of dates: enough months to exercise the partitioning without drowning a small
                // archive in one-row files.
                int day = random.nextInt(2 * 365);
                LocalDateTime published = perDay > 0
                        ? LocalDateTime.of(2024, 1, 1, 0, 0).plusDays(i / perDay).plusSeconds(random.nextInt(86_400))
                        : LocalDateTime.of(2023, 1, 1, 0, 0).plusDays(day).plusSeconds(random.nextInt(86_400));
                String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
                String id = String.format("bench-%d-%07d", spec.seed(), i);
                ObjectNode record = json.createObjectNode();
                record.put("id", id);
                record.put("url", "https://" + outlet + "/archive/" + id);
                record.put("title", src.title() == null ? "" : src.title());
                record.put("maintext", text);
                record.put("date_publish", DATE.format(published));
                record.put("source_domain", outlet);
                record.put("language", "en");
                out.write(json.writeValueAsString(record));
                out.write('\n');
                chars += text.length();
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        wanted.setProperty("chars", Long.toString(chars));
        wanted.setProperty("files", Integer.toString(files));
        try (var w = Files.newBufferedWriter(stamp)) {
            wanted.store(w, "benchmark archive: remove this folder to rebuild it");
        }
        return new Summary(dir, spec.articles(), chars, files, false);
    }

    /** Whole source texts, joined by blank lines, cut to {@code chars} characters. */
    private static String longText(List<SourceArticle> sources, SplittableRandom random, int chars) {
        StringBuilder b = new StringBuilder(chars + 20_000);
        while (b.length() < chars) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(sources.get(random.nextInt(sources.size())).text());
        }
        b.setLength(Math.max(0, chars));
        return b.toString();
    }

    /** Removes an earlier archive; refuses a folder that holds anything but one. */
    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.forEach(entries::add);
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (!(name.equals(STAMP) || name.matches("(part|day)-\\d{5}\\.jsonl"))) {
                throw new IOException(dir + " holds " + name + ", which is not part of a benchmark archive; choose another --work folder");
            }
        }
        for (Path p : entries.stream().sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
        }
    }
}
