package dev.tracker.config;

/**
 * One effective setting and where it came from: a flag ("--state"), an environment variable
 * ("$TRACKER_STATE"), the config file ("config FILE:LINE"), or the default ("default").
 */
public record Setting<T>(T value, String source) {
}
