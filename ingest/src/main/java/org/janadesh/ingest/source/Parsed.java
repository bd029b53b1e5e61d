package org.janadesh.ingest.source;

import java.util.ArrayList;
import java.util.List;

/** The outcome of converting source text: a value, or the rejections that prevented it. */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Rejected {

  static <T> Parsed<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Parsed<T> rejected(List<Rejection> rejections) {
    return new Rejected<>(rejections);
  }

  static <T> Parsed<T> rejected(Rejection rejection) {
    return new Rejected<>(List.of(rejection));
  }

  /**
   * The values of the parts that converted, adding every other part's rejections, in order, to
   * {@code problems}. A contest converter passes the problems of the contest's own fields, so that
   * its rows are checked too and one rejection lists them all.
   */
  static <T> List<T> collect(List<Parsed<T>> parts, List<Rejection> problems) {
    List<T> values = new ArrayList<>();
    for (Parsed<T> part : parts) {
      switch (part) {
        case Ok<T> ok -> values.add(ok.value());
        case Rejected<T> rejected -> problems.addAll(rejected.rejections());
      }
    }
    return values;
  }

  /** The converted value. */
  record Ok<T>(T value) implements Parsed<T> {}

  /** At least one reason the source text could not be converted. */
  record Rejected<T>(List<Rejection> rejections) implements Parsed<T> {
    public Rejected {
      rejections = List.copyOf(rejections);
      if (rejections.isEmpty()) {
        throw new IllegalArgumentException("a rejected parse needs at least one rejection");
      }
    }
  }
}
