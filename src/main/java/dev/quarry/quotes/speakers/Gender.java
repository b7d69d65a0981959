package dev.quarry.quotes.speakers;

/** A person's grammatical gender as the article lets it be known. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Two genders agree unless both are known and differ. */
    boolean agrees(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
