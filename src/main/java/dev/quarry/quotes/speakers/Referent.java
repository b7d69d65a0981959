package dev.quarry.quotes.speakers;

import dev.quarry.quotes.SpeakerType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Someone or something of one article that a speaker mention can resolve to: an entity of the
 * {@code entities} grouping (NER), or a capitalised name the NER did not tag. Its {@code name} is
 * what the {@code speaker} column says and {@code id} what {@code speaker_entity_id} says.
 */
final class Referent {

    final String id;
    final String name;
    final SpeakerType type;
    /** NER typed it a place (LOC): a place speaks only when the text gives no one else. */
    final boolean place;
    /** Found by NER, not only by capitalisation. */
    final boolean fromNer;
    /** Lower-cased words of the titles and roles the article gives it ("president", "senator"). */
    final Set<String> roleWords = new HashSet<>();
    final List<NameMention> mentions = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    /** A capitalised name that an earlier quote's mention named as its speaker. */
    boolean spoke;

    Referent(String id, String name, SpeakerType type, boolean place, boolean fromNer) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.place = place;
        this.fromNer = fromNer;
    }

    boolean person() {
        return type == SpeakerType.PERSON;
    }

    /** Whether it can make a document or own a work: a person or an organisation, never a place. */
    boolean maker() {
        return !place && (type == SpeakerType.PERSON || type == SpeakerType.ORG);
    }

    @Override
    public String toString() {
        return name + "/" + type;
    }
}
