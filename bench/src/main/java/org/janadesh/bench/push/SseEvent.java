package org.janadesh.bench.push;

import org.jspecify.annotations.Nullable;

/**
 * One dispatched server-sent event: {@code id} is the last {@code id:} seen on the stream (null
 * before any), {@code name} the {@code event:} field ("message" when absent), {@code data} the
 * {@code data:} lines joined with newlines.
 */
public record SseEvent(@Nullable String id, String name, String data) {}
