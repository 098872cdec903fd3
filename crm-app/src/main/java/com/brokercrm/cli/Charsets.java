package com.brokercrm.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;

/** Accepts the encodings of the import format: UTF-8 and GB18030. */
final class Charsets implements CommandLine.ITypeConverter<Charset> {

    @Override
    public Charset convert(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            default -> throw new CommandLine.TypeConversionException("must be UTF-8 or GB18030, not " + name);
        };
    }
}
