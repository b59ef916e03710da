package org.partnerhub.domain.shared;

/** Which page of a list to return; {@code size} is capped so that no client can ask for the whole table at once. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException(FieldError.of("page", "page.negative"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(FieldError.of("size", "page.size.range", MAX_SIZE));
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
