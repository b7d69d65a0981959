package dev.quarry.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * A folder of text files: one article per file, {@code article_id} = the file name without
 * {@code .txt}, and the text kept verbatim (no trimming, no newline changes) so offsets match the file.
 */
public final class TextArticleReader implements ArticleReader {

    private final int maxArticleChars;

    public TextArticleReader(int maxArticleChars) {
        this.maxArticleChars = maxArticleChars;
    }

    @Override
    public Iterator<ReadResult> read(String sourceFile, InputStream in) {
        return List.of(readOne(sourceFile, in)).iterator();
    }

    private ReadResult readOne(String sourceFile, InputStream in) {
        byte[] bytes;
        try (in) {
            // UTF-8 never takes more than 4 bytes a character, so this bounds the read.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, 4L * maxArticleChars + 1));
            if (in.read() != -1) {
                return ReadResult.of(Reject.of(sourceFile, 1, RejectReason.TOO_LARGE,
                        "file is larger than ingest.max-article-chars allows", null));
            }
        } catch (IOException e) {
            return ReadResult.of(Reject.of(sourceFile, 1, RejectReason.UNREADABLE_FILE,
                    "cannot read file: " + e.getMessage(), null));
        }
        String text = Utf8.decode(bytes);
        if (text == null) {
            return ReadResult.of(Reject.of(sourceFile, 1, RejectReason.INVALID_UTF8,
                    "file is not valid UTF-8", Utf8.lenient(bytes, 400)));
        }
        if (text.isBlank()) {
            return ReadResult.of(Reject.of(sourceFile, 1, RejectReason.NO_TEXT, "file is empty", text));
        }
        if (text.length() > maxArticleChars) {
            return ReadResult.of(Reject.of(sourceFile, 1, RejectReason.TOO_LARGE,
                    "article text has " + text.length() + " characters, over ingest.max-article-chars=" + maxArticleChars, text));
        }
        String name = RecordMapper.fileName(sourceFile);
        String id = name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return ReadResult.of(new Article(id, null, null, null, List.of(), null, null, text, sourceFile, 1));
    }
}
