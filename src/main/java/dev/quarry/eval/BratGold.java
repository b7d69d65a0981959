package dev.quarry.eval;

import dev.quarry.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Attribution gold in BRAT standoff, as PolNeAR ships it: {@code text/NAME.txt} and
 * {@code attributions/NAME.ann} or {@code attributions/NAME_<annotator>.ann}. Of several annotator
 * files for one text, the first in sorted order is used. Each {@code E} line is one attribution;
 * its Source, Cue and Content arguments point at {@code T} spans, which may be discontinuous
 * ({@code 10 20;25 30}).
 */
public final class BratGold {

    /**
     * One attribution; spans are [begin, end) pairs into the article text.
     *
     * @param speakerNote who the source is, from an {@code AnnotatorNotes} line on its (first) Source span
     *                    (as in polnear/dev-speakers); null when the file has none
     */
    public record Attribution(List<Span> content, List<Span> cue, List<Span> source, String speakerNote) {
        public Attribution(List<Span> content, List<Span> cue, List<Span> source) {
            this(content, cue, source, null);
        }
    }

    /** One gold article: its text, the annotation file used, and its attributions. */
    public record Article(String articleId, String text, String annotationFile, List<Attribution> attributions) {
    }

    private static final Pattern ANNOTATOR_SUFFIX = Pattern.compile("_[0-9A-Za-z]{1,8}$");

    private BratGold() {
    }

    public static List<Article> load(Path goldDir) throws IOException {
        Path textDir = goldDir.resolve("text");
        Path annDir = goldDir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new java.io.FileNotFoundException("gold folder " + goldDir + " must hold text/ and attributions/");
        }
        List<Path> annFiles;
        try (Stream<Path> s = Files.list(annDir)) {
            annFiles = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(textDir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path textFile : texts) {
            String stem = textFile.getFileName().toString().replaceAll("\\.txt$", "");
            Path ann = annotationFor(stem, annFiles);
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<Attribution> attributions = ann == null ? List.of() : parse(Files.readAllLines(ann, StandardCharsets.UTF_8));
            articles.add(new Article(stem, text, ann == null ? null : ann.getFileName().toString(), attributions));
        }
        return articles;
    }

    /** The first annotation file, in sorted order, that belongs to {@code stem}. */
    static Path annotationFor(String stem, List<Path> sortedAnnFiles) {
        for (Path p : sortedAnnFiles) {
            String name = p.getFileName().toString().replaceAll("\\.ann$", "");
            if (name.equals(stem) || (name.startsWith(stem) && ANNOTATOR_SUFFIX.matcher(name.substring(stem.length())).matches())) {
                return p;
            }
        }
        return null;
    }

    /** Parses the T, E and AnnotatorNotes lines of one .ann file; other lines (attributes) are ignored. */
    public static List<Attribution> parse(List<String> lines) {
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    continue;
                }
                List<Span> pieces = new ArrayList<>();
                for (String piece : typeAndSpans[1].split(";")) {
                    String[] be = piece.strip().split("\\s+");
                    if (be.length == 2) {
                        pieces.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                    }
                }
                spans.put(cols[0], pieces);
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].strip().split("\\s+"));
            } else if (cols[0].startsWith("#") && cols.length >= 3 && cols[1].startsWith("AnnotatorNotes ")) {
                notes.put(cols[1].substring("AnnotatorNotes ".length()).strip(), cols[2].strip());
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String[] args : events) {
            List<Span> content = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            String note = null;
            for (int i = 1; i < args.length; i++) { // args[0] is the trigger
                String[] roleAndId = args[i].split(":", 2);
                if (roleAndId.length < 2 || !spans.containsKey(roleAndId[1])) {
                    continue;
                }
                String role = roleAndId[0].replaceAll("\\d+$", "");
                switch (role) {
                    case "Content" -> content.addAll(spans.get(roleAndId[1]));
                    case "Cue" -> cue.addAll(spans.get(roleAndId[1]));
                    case "Source" -> {
                        source.addAll(spans.get(roleAndId[1]));
                        note = note == null ? notes.get(roleAndId[1]) : note;
                    }
                    default -> {
                    }
                }
            }
            if (!content.isEmpty()) {
                attributions.add(new Attribution(content, cue, source, note));
            }
        }
        return attributions;
    }
}
