package org.disclosurestats.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A ratio's formula from the catalogue: metric codes combined with + - * / and parentheses. Ratios are
 * never added up; they are evaluated on the aggregated parts, so a province's disclosure rate is the
 * rate of its summed requests, not a sum or mean of its counties' rates.
 */
public final class Formula {

    /** A value, or the reason there is none (a part not reported, a zero denominator). */
    public record Result(BigDecimal value, String reason) {
        static Result of(BigDecimal value) {
            return new Result(value, null);
        }

        static Result none(String reason) {
            return new Result(null, reason);
        }
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private sealed interface Node permits Part, Binary {
    }

    private record Part(String metric) implements Node {
    }

    private record Binary(char op, Node left, Node right) implements Node {
    }

    private final String text;
    private final Node root;
    private final Set<String> parts = new LinkedHashSet<>();

    private Formula(String text) {
        this.text = text;
        Parser parser = new Parser(text);
        this.root = parser.expression();
        parser.expectEnd();
    }

    public static Formula parse(String text) {
        return new Formula(text);
    }

    /** The metric codes the formula reads. */
    public Set<String> parts() {
        return parts;
    }

    /** A derived percentage: its value or the reason there is none, approximate when an approximate part entered it. */
    public record Derived(BigDecimal value, boolean approximate, String reason) {
    }

    /**
     * One part's aggregated figure and what it covers, in words ("reported", "computed from 2 of 7 units", the years of a
     * period): parts that cover different things would divide a numerator of some units by a denominator of others.
     */
    public record CoveredPart(RollUp.Part part, String coverage) {
    }

    /**
     * The one ratio rule: the percentage computed from each part's aggregated figure (null: none), for a
     * year's totals, a period's and the nation's alike. It is approximate as soon as one approximate part
     * entered it, and there is none when the parts cover different units or years (a county that states
     * only the denominator would lower the rate of the others).
     */
    public Derived percentFrom(java.util.function.Function<String, CoveredPart> aggregatedPart) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        Map<String, String> coverage = new java.util.TreeMap<>();
        boolean approximate = false;
        for (String part : parts()) {
            CoveredPart found = aggregatedPart.apply(part);
            if (found != null && found.part() != null) {
                values.put(part, found.part().value());
                coverage.put(part, found.coverage());
                approximate |= found.part().approximate();
            }
        }
        Result result = percentOf(values);
        if (result.value() != null && new java.util.HashSet<>(coverage.values()).size() > 1) {
            return new Derived(null, approximate, "parts cover different units: " + String.join("; ",
                    coverage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        return new Derived(result.value(), approximate, result.reason());
    }

    /** The formula's value as a percentage (100 × the fraction it computes). */
    public Result percentOf(Map<String, BigDecimal> values) {
        Result fraction = evaluate(root, values);
        return fraction.value() == null ? fraction
                : Result.of(org.disclosurestats.domain.Decimals.canonical(fraction.value().multiply(BigDecimal.valueOf(100), PRECISION)));
    }

    private Result evaluate(Node node, Map<String, BigDecimal> values) {
        if (node instanceof Part part) {
            BigDecimal value = values.get(part.metric());
            return value == null ? Result.none("part not reported: " + part.metric()) : Result.of(value);
        }
        Binary binary = (Binary) node;
        Result left = evaluate(binary.left(), values);
        if (left.value() == null) {
            return left;
        }
        Result right = evaluate(binary.right(), values);
        if (right.value() == null) {
            return right;
        }
        return switch (binary.op()) {
            case '+' -> Result.of(left.value().add(right.value()));
            case '-' -> Result.of(left.value().subtract(right.value()));
            case '*' -> Result.of(left.value().multiply(right.value()));
            default -> right.value().signum() == 0
                    ? Result.none("denominator is zero")
                    : Result.of(left.value().divide(right.value(), PRECISION));
        };
    }

    @Override
    public String toString() {
        return text;
    }

    /** Recursive descent over: expression = term (('+'|'-') term)*; term = factor (('*'|'/') factor)*; factor = code | '(' expression ')'. */
    private final class Parser {
        private final String in;
        private int at;

        Parser(String in) {
            this.in = in;
        }

        Node expression() {
            Node node = term();
            while (peek() == '+' || peek() == '-') {
                char op = in.charAt(at++);
                node = new Binary(op, node, term());
            }
            return node;
        }

        Node term() {
            Node node = factor();
            while (peek() == '*' || peek() == '/') {
                char op = in.charAt(at++);
                node = new Binary(op, node, factor());
            }
            return node;
        }

        Node factor() {
            if (peek() == '(') {
                at++;
                Node inner = expression();
                if (peek() != ')') {
                    throw new IllegalArgumentException("missing ')' in formula: " + in);
                }
                at++;
                return inner;
            }
            int start = at;
            while (at < in.length() && (Character.isLetterOrDigit(in.charAt(at)) || in.charAt(at) == '.' || in.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("expected a metric code at " + start + " in formula: " + in);
            }
            String code = in.substring(start, at);
            parts.add(code);
            return new Part(code);
        }

        char peek() {
            while (at < in.length() && in.charAt(at) == ' ') {
                at++;
            }
            return at < in.length() ? in.charAt(at) : '\0';
        }

        void expectEnd() {
            if (peek() != '\0') {
                throw new IllegalArgumentException("unexpected '" + in.charAt(at) + "' in formula: " + in);
            }
        }
    }
}
