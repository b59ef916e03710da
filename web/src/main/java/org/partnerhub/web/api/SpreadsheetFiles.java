package org.partnerhub.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.shared.PublicUrl;

/**
 * Spreadsheets over HTTP, the same for every context that imports or exports: the uploaded body (at most
 * {@link Spreadsheet#MAX_BYTES}, else a 400 naming {@code file}) and its name, the {@code format} parameter, and the
 * download's headers.
 */
public final class SpreadsheetFiles {

    private SpreadsheetFiles() {}

    /** The uploaded file, refused (400, field "file") when larger than {@link Spreadsheet#MAX_BYTES}. */
    public static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] content = body.readNBytes(Spreadsheet.MAX_BYTES + 1);
            if (content.length > Spreadsheet.MAX_BYTES) {
                throw InvalidInputException.of("file", "spreadsheet.tooLarge", Spreadsheet.MAX_BYTES / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload's name: {@code ?filename=}, else the {@code Content-Disposition} header's, else "upload". */
    public static String uploadName(String filename, String disposition) {
        if (Params.text(filename) != null) {
            return filename;
        }
        String named = fileName(disposition);
        return named == null ? "upload" : named;
    }

    /** The file name of a {@code Content-Disposition: attachment; filename="…"} header, if any. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        int at = disposition.indexOf("filename=");
        if (at < 0) {
            return null;
        }
        String name = disposition.substring(at + "filename=".length()).strip();
        int end = name.indexOf(';');
        name = end >= 0 ? name.substring(0, end) : name;
        return name.replace("\"", "").strip();
    }

    /** {@code csv} (the default) or {@code xlsx}; anything else is a 400 naming {@code format}. */
    public static Spreadsheet.Format format(String raw) {
        if (Params.text(raw) == null) {
            return Spreadsheet.Format.CSV;
        }
        Spreadsheet.Format format = Spreadsheet.Format.named(raw);
        if (format == null) {
            throw InvalidInputException.of("format", "param.enum", raw, "csv, xlsx");
        }
        return format;
    }

    /** A dated download's file name: {@code needs-2026-11-29.csv}. */
    public static String datedName(String base, Spreadsheet.Format format) {
        return base + "-" + LocalDate.now(DistrictTime.ZONE) + "." + format.extension();
    }

    public static String contentType(Spreadsheet.Format format) {
        return format == Spreadsheet.Format.CSV ? format.mediaType() + "; charset=UTF-8" : format.mediaType();
    }

    /** The answer to an upload: 202 with the queued job, its address ({@code jobs} + id) in {@code Location}. */
    public static Response accepted(ImportJobView job, UriInfo uri, String jobs, Locale locale) {
        return Response.accepted(ImportJobDto.of(job, locale))
                .location(PublicUrl.uri(uri.getBaseUri().getRawPath() + jobs + "/" + job.id()))
                .build();
    }

    /** A download: the file as an attachment named {@code name}, never cached, never sniffed. */
    public static Response attachment(StreamingOutput body, Spreadsheet.Format format, String name) {
        return Response.ok(body, contentType(format))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
