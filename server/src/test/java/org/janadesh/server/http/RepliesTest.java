package org.janadesh.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepliesTest {
  @Test
  void ifNoneMatchTakesAListWeakTagsAndTheStar() {
    assertThat(Replies.matches("\"a\", \"b\"", "\"b\"")).isTrue();
    assertThat(Replies.matches("W/\"b\"", "\"b\"")).isTrue();
    assertThat(Replies.matches("*", "\"b\"")).isTrue();
    assertThat(Replies.matches("\"a\"", "\"b\"")).isFalse();
    assertThat(Replies.matches(null, "\"b\"")).isFalse();
  }
}
