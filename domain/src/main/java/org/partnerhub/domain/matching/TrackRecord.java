package org.partnerhub.domain.matching;

import java.util.List;
import org.partnerhub.domain.category.CategoryCode;

/**
 * What a partner has delivered, as the matching context keeps it: per category and street, the number of evaluated
 * projects and the sum of their ratings (1–5 each). Empty for a partner without evaluated projects.
 */
public record TrackRecord(List<Line> lines) {

    public static final TrackRecord NONE = new TrackRecord(List.of());

    /** Projects of one category in one street. */
    public record Line(CategoryCode category, String streetPath, int delivered, long ratingSum) {}

    public TrackRecord {
        lines = List.copyOf(lines);
    }

    /**
     * The part that speaks for a need of {@code category} in the street {@code streetPath}: the projects of that
     * category (anywhere), those in that street (any category), and the ratings of all of them (each project once).
     */
    public Relevant about(CategoryCode category, String streetPath) {
        int inCategory = 0;
        int inStreet = 0;
        int delivered = 0;
        long ratingSum = 0;
        for (Line line : lines) {
            boolean sameCategory = line.category().equals(category);
            boolean sameStreet = line.streetPath().equals(streetPath);
            if (sameCategory) {
                inCategory += line.delivered();
            }
            if (sameStreet) {
                inStreet += line.delivered();
            }
            if (sameCategory || sameStreet) {
                delivered += line.delivered();
                ratingSum += line.ratingSum();
            }
        }
        return new Relevant(inCategory, inStreet, delivered, ratingSum);
    }

    /** The relevant projects: how many in the category, in the street, in all (each once), and their ratings' sum. */
    public record Relevant(int inCategory, int inStreet, int delivered, long ratingSum) {

        /** Projects that count fully: three relevant projects rated 5 give the whole factor. */
        static final int SATURATION = 3;

        public double averageRating() {
            return delivered == 0 ? 0 : (double) ratingSum / delivered;
        }

        /** {@code min(1, delivered / 3) × average rating / 5}. */
        public double factor() {
            return delivered == 0 ? 0 : Math.min(1.0, delivered / (double) SATURATION) * averageRating() / 5.0;
        }
    }
}
