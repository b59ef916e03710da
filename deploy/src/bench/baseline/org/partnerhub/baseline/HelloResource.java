package org.partnerhub.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** Twenty records as JSON through the server's own JSON-B: what a list of regions costs the server itself. */
@Path("hello")
public class HelloResource {

    public record Item(String code, String name, String level, int childCount) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new Item("510108" + (100 + i), "社区 " + i, "COMMUNITY", i));
        }
        return items;
    }
}
