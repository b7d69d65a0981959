package dev.quarry.config;

/** A configuration the user must fix; the message names the key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
