package kr.jiwon.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A short ordered list of labels (fields, codes, keywords) kept in one column, separated by ';'. Blank entries
 * and duplicates are dropped; a label may not itself contain ';'.
 */
public record TextList(List<String> values) {

    public static final TextList EMPTY = new TextList(List.of());
    static final String SEPARATOR = ";";

    public TextList {
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (v.contains(SEPARATOR)) {
                throw new InvalidValueException("textList.separator", v);
            }
            cleaned.add(v.strip());
        }
        values = List.copyOf(cleaned);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TextList of(Collection<String> values) {
        return new TextList(values == null ? List.of() : new ArrayList<>(values));
    }

    public static TextList of(String... values) {
        return new TextList(Arrays.asList(values));
    }

    /** A list as a person types it in one field: items separated by commas (half- or full-width). */
    public static TextList typed(String commaSeparated) {
        return commaSeparated == null ? EMPTY : new TextList(Arrays.asList(commaSeparated.split("[,，]")));
    }

    /** Reads the stored form "a;b;c". */
    public static TextList parse(String joined) {
        return joined == null || joined.isBlank() ? EMPTY : new TextList(Arrays.asList(joined.split(SEPARATOR)));
    }

    public String joined() {
        return String.join(SEPARATOR, values);
    }

    @JsonValue
    @Override
    public List<String> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean contains(String value) {
        return value != null && values.contains(value.strip());
    }

    public boolean containsIgnoreCase(String value) {
        return value != null && values.stream().anyMatch(v -> v.equalsIgnoreCase(value.strip()));
    }

    @Override
    public String toString() {
        return String.join(", ", values);
    }
}
