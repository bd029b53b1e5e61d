package org.janadesh.core.rules;

/**
 * What a numbered rule (docs/rules/) says about one case: the rule's id, whether its condition is
 * met, and the evidence in words a reader can check, e.g. {@code DEP-1: 12,345 votes ≤ 1/6 of
 * 98,765 valid votes}.
 */
public record Verdict(String ruleId, boolean met, String evidence) {
  public Verdict {
    if (ruleId.isBlank()) {
      throw new IllegalArgumentException("a verdict needs the id of its rule");
    }
  }
}
