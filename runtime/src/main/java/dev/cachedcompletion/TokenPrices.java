package dev.cachedcompletion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a model's tokens cost, per million input and output tokens, by model name: the form of
 * {@code -Dcachedcompletion.prices=gpt-4o-mini:0.15/0.60,gpt-4o:2.50/10.00}. The statistics turn the
 * tokens that hits did not spend into money with it, in whatever currency the prices are in.
 *
 * <p>A reported model name matches a configured one exactly or, failing that, once a trailing date
 * or snapshot suffix is taken off ({@code gpt-4o-mini-2024-07-18} and {@code claude-3-5-haiku-20241022}
 * match {@code gpt-4o-mini} and {@code claude-3-5-haiku}). Nothing else matches: no prefix rule
 * would tell {@code gpt-4o} from {@code gpt-4o-mini}, and an answer of an unpriced model counts
 * tokens but no money. Immutable and thread-safe.
 */
public final class TokenPrices {

    /** No prices: statistics count tokens only. */
    public static final TokenPrices NONE = new TokenPrices(Map.of());

    /** The valid forms, as error messages name them. */
    public static final String FORMS = "<model>:<input price>/<output price> per million tokens, comma-separated,"
            + " e.g. gpt-4o-mini:0.15/0.60,gpt-4o:2.50/10.00";

    private static final Pattern SNAPSHOT_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8})$");

    /** The price of one model's tokens, per million. */
    public record Price(double inputPerMillion, double outputPerMillion) {
    }

    private final Map<String, Price> byModel;

    private TokenPrices(Map<String, Price> byModel) {
        this.byModel = byModel;
    }

    /**
     * The prices {@code text} lists, in the form {@link #FORMS}; blank text is {@link #NONE}. The
     * model name is everything before the last {@code ':'} (fine-tuned names contain colons).
     *
     * @throws IllegalArgumentException naming the entry that is malformed: no name, a price that is
     *         not a finite number of at least zero, or a model listed twice
     */
    public static TokenPrices parse(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            int slash = trimmed.indexOf('/', colon + 1);
            if (colon <= 0 || slash < 0) {
                throw new IllegalArgumentException("'" + trimmed + "' is not <model>:<input>/<output>");
            }
            String model = trimmed.substring(0, colon).strip();
            Price price = new Price(amount(trimmed, trimmed.substring(colon + 1, slash)),
                    amount(trimmed, trimmed.substring(slash + 1)));
            if (prices.put(model, price) != null) {
                throw new IllegalArgumentException("model '" + model + "' is listed twice");
            }
        }
        return prices.isEmpty() ? NONE : new TokenPrices(Collections.unmodifiableMap(prices));
    }

    private static double amount(String entry, String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' in '" + entry + "' is not a number");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("'" + text.strip() + "' in '" + entry + "' is not a price of at least 0");
        }
        return value;
    }

    /** The price of {@code model}'s tokens, or {@code null} if none is configured for it (or it is {@code null}). */
    public Price priceOf(String model) {
        if (model == null || byModel.isEmpty()) {
            return null;
        }
        Price exact = byModel.get(model);
        return exact != null ? exact : byModel.get(SNAPSHOT_SUFFIX.matcher(model).replaceFirst(""));
    }

    /** What {@code inputTokens} and {@code outputTokens} of {@code model} cost, or 0 if it has no price. */
    public double cost(String model, long inputTokens, long outputTokens) {
        Price price = priceOf(model);
        return price == null ? 0 : (inputTokens * price.inputPerMillion() + outputTokens * price.outputPerMillion()) / 1e6;
    }
}
