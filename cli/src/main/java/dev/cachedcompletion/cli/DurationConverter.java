package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.DurationText;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as the library reads them: {@code 250ms}, {@code 30s}, {@code 10m}, {@code 12h}, {@code 7d}, ISO-8601. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': " + e.getMessage());
        }
    }
}
