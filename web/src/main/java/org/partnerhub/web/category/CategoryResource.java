package org.partnerhub.web.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.category.CategoryService;
import org.partnerhub.web.api.ListResponse;

/** The service-category tree, readable by anyone. */
@Path("v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "categories")
public class CategoryResource {

    @Inject
    CategoryService categories;

    @GET
    @Operation(operationId = "listCategories", summary = "The service categories as a tree",
            description = "Top-level domains in their order, each with its children. The list is small and complete: "
                    + "items holds the top level, total counts it.")
    @APIResponse(responseCode = "200", description = "The category tree")
    @SecurityRequirementsSet
    public ListResponse<CategoryDto> tree() {
        return ListResponse.complete(categories.tree().roots().stream().map(CategoryDto::of).toList());
    }
}
