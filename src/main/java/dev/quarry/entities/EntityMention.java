package dev.quarry.entities;

import java.util.List;

/**
 * A mention with the entity it belongs to within its article. {@code type} is the entity's type (the
 * majority of its mentions' types), {@code roles} the titles and roles the entity carries in the article
 * ("Defence Minister", "the defence chief"), shared by all of the entity's mentions.
 */
public record EntityMention(Mention mention, String mentionId, String entityId, String type, String canonicalName,
                            String entityKey, List<String> roles) {
}
