package dev.quarry.quotes;

/** What kind of speaker a quote is credited to, as written to {@code quotes.speaker_type}. */
public enum SpeakerType {
    PERSON,
    ORG,
    /** A generic group of people ("officials", "analysts"): never counted among people. */
    GROUP,
    OTHER
}
