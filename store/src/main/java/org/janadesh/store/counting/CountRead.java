package org.janadesh.store.counting;

/**
 * What a read of a count returns: the value, the count it comes from (so a face can label a test)
 * and the last log sequence the value reflects (an ETag, or an SSE {@code Last-Event-ID}).
 */
public record CountRead<T>(CountSession count, long sequence, T value) {}
