package org.partnerhub.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Following spreadsheet import jobs over the API, the same for every kind of import (needs, supply items, …). */
public final class ImportJobsClient {

    private final Http http;

    public ImportJobsClient(Http http) {
        this.http = http;
    }

    /**
     * Checks that an upload was accepted (202, with a Location at {@code jobs}/id) and follows the job until it has
     * ended; returns the ended job.
     */
    public JsonObject accepted(Http.Answer upload, Accounts.Account account, String jobs) throws InterruptedException {
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        String location = upload.header("Location");
        assertThat(location).contains(jobs + "/" + upload.json().getJsonNumber("id").longValue());
        return waitFor(account, URI.create(location).getPath());
    }

    /** Reads the job at {@code path} until it is DONE or FAILED (at most a minute). */
    public JsonObject waitFor(Accounts.Account account, String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Http.Answer job = http.get(path, account.bearer());
            assertThat(job.status()).as(job.body()).isEqualTo(200);
            String status = job.json().getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job.json();
            }
            assertThat(System.currentTimeMillis()).as("the job ends within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** The refused rows' columns, by row number. */
    public static Map<Integer, List<String>> columnsByRow(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().collect(Collectors.groupingBy(
                e -> e.getInt("row"), TreeMap::new, Collectors.mapping(e -> e.getString("column"), Collectors.toList())));
    }
}
