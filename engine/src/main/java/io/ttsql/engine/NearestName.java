package io.ttsql.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name a mistyped one most likely meant, for the {@code did you mean …?} of an error. */
public final class NearestName {
  private NearestName() {}

  /**
   * The name of {@code known} nearest {@code typed}, ignoring case, when it is at most two edits away
   * and those edits change at most a third of {@code typed} ({@code quries}: {@code queries}); else empty.
   */
  public static Optional<String> of(String typed, Collection<String> known) {
    String word = typed.toLowerCase(Locale.ROOT);
    LevenshteinDistance distance = new LevenshteinDistance(2);
    return known.stream()
        .map(name -> new Candidate(name, distance.apply(word, name.toLowerCase(Locale.ROOT))))
        .filter(c -> c.edits() >= 0 && c.edits() * 3 <= word.length())
        .min(Comparator.comparingInt(Candidate::edits))
        .map(Candidate::name);
  }

  /** A known name and how many edits turn the typed one into it (-1: more than two). */
  private record Candidate(String name, int edits) {}
}
