package dev.quarry.entities;

import dev.quarry.text.AnnotatedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name written with a quoted nickname, {@code Robert C. "Bobby" Scott}, which NER splits into
 * "Robert" and "Bobby Scott": the person mentions inside it become one mention of the whole name,
 * so that "Bobby Scott" and "Scott" later join it and the canonical name is the full one.
 */
final class NicknameNames {

    private static final Pattern NICKNAMED = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\.)? [\"\u201C]\\p{Lu}\\p{Ll}+[\"\u201D] \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

    private NicknameNames() {
    }

    static List<Mention> join(AnnotatedArticle article, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Matcher m = NICKNAMED.matcher(article.text());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean person = out.stream().anyMatch(x -> x.type().equals("PER") && x.start() < end && x.end() > start);
            if (person) {
                int sentence = out.stream().filter(x -> x.start() < end && x.end() > start).findFirst().orElseThrow().sentenceIndex();
                out.removeIf(x -> x.start() < end && x.end() > start);
                out.add(new Mention(m.group(), "PER", start, end, sentence));
            }
        }
        return out;
    }
}
