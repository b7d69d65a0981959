package dev.quarry.quotes;

import dev.quarry.entities.EntityMention;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Links each resolved speaker to an entity of the article (from the NER-based entity grouping), so
 * that {@code quotes.speaker_entity_id} equals {@code entities.entity_id}, the speaker is the entity's
 * canonical name, and the type comes from NER. A speaker mention that holds a person or organisation
 * mention links to it; otherwise the resolved name links to the last entity before the quote whose
 * name holds all its words. Speakers that match no entity keep the resolver's name and id.
 */
public final class SpeakerEntityLinker {

    public List<Quote> link(List<Quote> quotes, List<EntityMention> entities) {
        if (entities.isEmpty()) {
            return quotes;
        }
        return quotes.stream().map(q -> link(q, entities)).toList();
    }

    private static Quote link(Quote q, List<EntityMention> entities) {
        if (q.speaker() == null) {
            return q;
        }
        EntityMention inside = null;
        if (q.speakerStart() != null) {
            for (EntityMention e : entities) {
                boolean overlaps = e.mention().start() < q.speakerEnd() && e.mention().end() > q.speakerStart();
                if (overlaps && (e.type().equals("PER") || e.type().equals("ORG"))
                        && (inside == null || e.type().equals("PER") && !inside.type().equals("PER"))) {
                    inside = e;
                }
            }
        }
        if (inside != null && sameName(q.speaker(), inside)) {
            return withEntity(q, inside);
        }
        List<String> words = words(q.speaker());
        EntityMention best = null;
        for (EntityMention e : entities) {
            if (e.mention().start() >= Math.max(q.start(), q.speakerStart() == null ? q.start() : q.speakerEnd()) && best != null) {
                break;
            }
            if (words(e.canonicalName()).containsAll(words) && (e.type().equals("PER") || e.type().equals("ORG"))) {
                best = e;
            }
        }
        return best == null ? q : withEntity(q, best);
    }

    /** The resolver's name and the NER entity agree when one's words hold the other's. */
    private static boolean sameName(String speaker, EntityMention e) {
        List<String> a = words(speaker);
        List<String> b = words(e.canonicalName());
        return b.containsAll(a) || a.containsAll(b);
    }

    private static Quote withEntity(Quote q, EntityMention e) {
        SpeakerType type = switch (e.type()) {
            case "PER" -> SpeakerType.PERSON;
            case "ORG" -> SpeakerType.ORG;
            default -> SpeakerType.OTHER;
        };
        return q.withSpeakerEntity(e.canonicalName(), e.entityId(), type);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s]+")).filter(w -> !w.isEmpty()).toList();
    }
}
