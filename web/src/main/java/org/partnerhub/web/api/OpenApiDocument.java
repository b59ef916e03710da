package org.partnerhub.web.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns the document the server derives from the resources into one that clients can generate code from and that
 * Redocly's {@code recommended} rules pass ({@code mp.openapi.filter}). The server's own schemas of Java records are
 * poor (enums and times as bare objects, generic lists without their item type, one schema for every record of the
 * same simple name); so the schemas of request and response bodies are built here from the records the resource
 * methods take and return ({@link ListResponse} of X becomes {@code XList}; a method returning {@code Response} names
 * its body with {@link APIResponseSchema}). Every body gets an example built from its schema, every operation a
 * problem+json {@code 4XX} answer, the server a relative URL, and the tags one entry each with a description.
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

    private static final String PACKAGE = "org/partnerhub/web";

    private static final String REF = "#/components/schemas/";

    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("regions", "The administrative region tree");
        TAGS.put("categories", "The service-category tree");
        TAGS.put("tokens", "API tokens for systems");
        TAGS.put("users", "Accounts");
        TAGS.put("audit", "The audit log");
        TAGS.put("partner-applications", "Applying to become a partner, and the review");
        TAGS.put("partners", "The resource library's partners");
        TAGS.put("notifications", "The in-app inbox");
        TAGS.put("needs", "Needs (需求清单), visits, pain points and community funds");
        TAGS.put("supplies", "Supply items (服务供给清单)");
        TAGS.put("matching", "Ranked matches between needs and supply items");
        TAGS.put("cooperation", "Cooperation intents and partnership projects");
        TAGS.put("search", "One search across needs, supply items and partners");
    }

    /** Example values by property name; anything else gets one from its type. */
    private static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("title", "老年人助餐"),
            Map.entry("description", "为社区独居老人提供午餐配送"),
            Map.entry("name", "成都市某某社会工作服务中心"),
            Map.entry("nameZh", "成华区"),
            Map.entry("nameEn", "Chenghua District"),
            Map.entry("code", "510108"),
            Map.entry("regionCode", "510108"),
            Map.entry("communityCode", "510108002001"),
            Map.entry("streetCode", "510108002"),
            Map.entry("homeRegionCode", "510108"),
            Map.entry("categoryCode", "elderly-meals"),
            Map.entry("creditCode", "91510108MA6CXXXX0X"),
            Map.entry("contactName", "李四"),
            Map.entry("contactPhone", "13800138000"),
            Map.entry("contactPhoneMasked", "138****8000"),
            Map.entry("legalRepresentative", "张三"),
            Map.entry("reason", "信息有误"),
            Map.entry("note", "可以下周面谈"),
            Map.entry("username", "chenghua-staff"),
            Map.entry("displayName", "王五"),
            Map.entry("password", "Long-Random-Passw0rd"),
            Map.entry("token", "phk_XXXXXXXXXXXXXXXXXXXXXXXX"),
            Map.entry("applicationNumber", "PA-2026-000001"),
            Map.entry("introduction", "专注社区养老服务十年"),
            Map.entry("priceNote", "每餐 10 元"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        try {
            api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                    .description("This server (the document is served from its root)"))));
            dropEndpoints(api);
            tags(api);
            Map<String, Method> methods = resourceMethods();
            Schemas schemas = new Schemas();
            if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
                for (PathItem item : api.getPaths().getPathItems().values()) {
                    item.getOperations().forEach((verb, operation) -> {
                        Method method = operation.getOperationId() == null ? null : methods.get(operation.getOperationId());
                        if (method != null) {
                            bodies(operation, method, schemas);
                        }
                        responses(operation, schemas);
                    });
                }
            }
            mergePatches(api, schemas);
            files(api);
            schemas.install(api);
            examples(api, schemas);
        } catch (RuntimeException e) {
            // the document is still served as the server made it; the lint test says what is missing
            LOG.log(Level.WARNING, "Could not complete the OpenAPI document", e);
        }
    }

    // ---------------------------------------------------------------- document-level fixes

    /** Payara adds a root property {@code endpoints} that the specification does not allow. */
    private static void dropEndpoints(OpenAPI api) {
        try {
            Method setter = api.getClass().getMethod("setEndpoints", Map.class);
            // empty, not null: the server copies the map when it serves the document
            setter.invoke(api, new HashMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "No endpoints property to drop", e);
        }
    }

    private static void tags(OpenAPI api) {
        Map<String, Tag> unique = new LinkedHashMap<>();
        if (api.getTags() != null) {
            for (Tag tag : api.getTags()) {
                Tag known = unique.get(tag.getName());
                if (known == null) {
                    unique.put(tag.getName(), tag);
                } else if (known.getDescription() == null) {
                    known.setDescription(tag.getDescription());
                }
            }
        }
        for (Tag tag : unique.values()) {
            if (tag.getDescription() == null) {
                tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getName()));
            }
        }
        api.setTags(new ArrayList<>(unique.values()));
    }

    // ---------------------------------------------------------------- bodies from the Java records

    private static void bodies(org.eclipse.microprofile.openapi.models.Operation operation, Method method,
            Schemas schemas) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Type body = bodyParameter(method);
            if (body != null && schemas.describable(body)) {
                Schema schema = schemas.of(body);
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> m.setSchema(schema));
            }
        }
        Type answer = method.getGenericReturnType();
        APIResponseSchema named = method.getAnnotation(APIResponseSchema.class);
        if (named != null) {
            answer = named.value();
        }
        if (answer == void.class || !schemas.describable(answer)) {
            return;
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        String code = successCode(responses, named);
        APIResponse success = responses.getAPIResponse(code);
        if (success == null) {
            success = OASFactory.createAPIResponse().description("OK");
            responses.addAPIResponse(code, success);
        }
        Schema schema = schemas.of(answer);
        if (success.getContent() == null || success.getContent().getMediaTypes() == null
                || success.getContent().getMediaTypes().isEmpty()) {
            success.setContent(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType().schema(schema)));
        } else {
            success.getContent().getMediaTypes().forEach((type, media) -> {
                if (type.contains("json") || type.equals("*/*")) {
                    media.setSchema(schema);
                }
            });
        }
        if (responses.getAPIResponse("default") != null && code.startsWith("2")) {
            responses.removeAPIResponse("default");
        }
    }

    private static String successCode(APIResponses responses, APIResponseSchema named) {
        if (named != null && !named.responseCode().isBlank()) {
            return named.responseCode();
        }
        if (responses.getAPIResponses() != null) {
            for (String code : responses.getAPIResponses().keySet()) {
                if (code.startsWith("2")) {
                    return code;
                }
            }
        }
        return "200";
    }

    private static Type bodyParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation a : parameter.getAnnotations()) {
                Class<? extends Annotation> t = a.annotationType();
                if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == Context.class
                        || t == CookieParam.class || t == FormParam.class || t == MatrixParam.class
                        || t == BeanParam.class) {
                    annotated = true;
                }
            }
            if (!annotated) {
                return parameter.getParameterizedType();
            }
        }
        return null;
    }

    /** Every operation may answer a problem: bad input, not signed in, forbidden, not found, conflict. */
    private static void responses(org.eclipse.microprofile.openapi.models.Operation operation, Schemas schemas) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, APIResponse> all = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        if (all.containsKey("default")) {
            APIResponse fallback = all.get("default");
            responses.removeAPIResponse("default");
            if (all.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                fallback.setDescription("OK");
                responses.addAPIResponse("200", fallback);
            }
        }
        all = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        if (all.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
        }
        Schema problem = schemas.of(Problem.class);
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getContent() == null) {
                continue;
            }
            MediaType media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (media != null) {
                media.setSchema(problem);
            }
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(c -> c.startsWith("4"))) {
            responses.addAPIResponse("4XX", OASFactory.createAPIResponse()
                    .description("A problem (RFC 9457) in the caller's language: 400 names each invalid field, 401 "
                            + "without a valid token where one is needed, 403, 404, 409, 412, 415, 428")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(problem))));
        }
    }

    /** A merge patch (RFC 7396) is a part of the PUT's body: the same schema, an example that changes one field. */
    private static void mergePatches(OpenAPI api, Schemas schemas) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            var patch = item.getPATCH();
            var put = item.getPUT();
            if (patch == null || patch.getRequestBody() == null || patch.getRequestBody().getContent() == null) {
                continue;
            }
            MediaType media = patch.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
            if (media == null) {
                continue;
            }
            if (put != null && put.getRequestBody() != null && put.getRequestBody().getContent() != null) {
                MediaType json = put.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                if (json != null && json.getSchema() != null) {
                    media.setSchema(json.getSchema());
                }
            }
            // one member the body really has: a description, or a partner's introduction
            Schema target = media.getSchema() == null || media.getSchema().getRef() == null ? null
                    : schemas.byName.get(media.getSchema().getRef().substring(REF.length()));
            boolean described = target == null || target.getProperties() == null
                    || target.getProperties().containsKey("description");
            media.setExample(described ? Map.of("description", "每周二、四上门送餐")
                    : Map.of("introduction", "专注社区养老服务十年"));
            patch.getRequestBody().setRequired(true);
        }
    }

    /** Bodies that are files (CSV, XLSX, PDF, images) are strings: text, or bytes. */
    private static void files(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> {
                List<Content> contents = new ArrayList<>();
                if (operation.getRequestBody() != null) {
                    contents.add(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> contents.add(r.getContent()));
                }
                for (Content content : contents) {
                    if (content == null || content.getMediaTypes() == null) {
                        continue;
                    }
                    content.getMediaTypes().forEach((type, media) -> {
                        if (type.contains("json")) {
                            return;
                        }
                        Schema schema = media.getSchema();
                        if (schema == null || schema.getType() == Schema.SchemaType.ARRAY
                                || schema.getType() == Schema.SchemaType.OBJECT) {
                            media.setSchema(type.startsWith("text/")
                                    ? OASFactory.createSchema().type(Schema.SchemaType.STRING)
                                    : OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
                        }
                    });
                }
            });
        }
    }

    // ---------------------------------------------------------------- examples

    private static void examples(OpenAPI api, Schemas schemas) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    example(operation.getRequestBody().getContent(), schemas);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> example(r.getContent(), schemas));
                }
            });
        }
    }

    private static void example(Content content, Schemas schemas) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                Object value = media.getSchema() == null ? null : schemas.example(media.getSchema(), null, 0);
                if (value == null) {
                    value = type.startsWith("text/csv") || type.startsWith("text/plain")
                            ? "level,code,name_zh,name_en,parent_code,note\n"
                            : type.contains("json") ? Map.of()
                            : type.startsWith("image/") ? "(the image's bytes)"
                            : "(the file's bytes: CSV, XLSX, PDF, JPEG or PNG as the operation says)";
                }
                if (value != null) {
                    media.setExample(value);
                }
            }
        });
    }

    // ---------------------------------------------------------------- the resource methods

    /** Every JAX-RS method of this WAR with an operationId, found on the class path (no list to keep up to date). */
    static Map<String, Method> resourceMethods() {
        Map<String, Method> found = new HashMap<>();
        for (Class<?> type : webClasses()) {
            if (type.getAnnotation(Path.class) == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                boolean http = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)
                        || method.isAnnotationPresent(PATCH.class);
                if (operation != null && http && !operation.operationId().isBlank()) {
                    found.put(operation.operationId(), method);
                }
            }
        }
        return found;
    }

    private static List<Class<?>> webClasses() {
        ClassLoader loader = OpenApiDocument.class.getClassLoader();
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(PACKAGE);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path dir = Paths.get(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.map(p -> dir.relativize(p).toString().replace('\\', '/'))
                                .filter(n -> n.endsWith("Resource.class"))
                                .forEach(n -> names.add(PACKAGE + "/" + n));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(JarEntry::getName)
                                .filter(n -> n.startsWith(PACKAGE) && n.endsWith("Resource.class"))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.log(Level.WARNING, "Could not list the resource classes", e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                        loader));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(Level.FINE, "Skipped " + name, e);
            }
        }
        return classes;
    }

    // ---------------------------------------------------------------- schemas

    /** Schemas of records, built once per document, named by the record (its outer class when names clash). */
    static final class Schemas {

        private final Map<String, Schema> byName = new TreeMap<>();
        private final Map<Type, String> names = new HashMap<>();

        boolean describable(Type type) {
            Class<?> raw = raw(type);
            return raw != null && (raw.isRecord() || Collection.class.isAssignableFrom(raw));
        }

        Schema of(Type type) {
            Class<?> raw = raw(type);
            if (raw == String.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.STRING);
            }
            if (raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
            }
            if (raw == Long.class || raw == long.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
            }
            if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
            }
            if (raw == OffsetDateTime.class || raw == Instant.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
            }
            if (raw == LocalDate.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
            }
            if (raw != null && raw.isEnum()) {
                // a named schema: generators make one enum type of it (inline enums in sets break some generators)
                Class<?> outer = raw.getEnclosingClass();
                String name = (outer == null ? "" : outer.getSimpleName()) + raw.getSimpleName();
                if (!byName.containsKey(name)) {
                    List<Object> values = new ArrayList<>();
                    for (Object constant : raw.getEnumConstants()) {
                        values.add(((Enum<?>) constant).name());
                    }
                    byName.put(name, OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(values));
                }
                return OASFactory.createSchema().ref(REF + name);
            }
            if (raw != null && Collection.class.isAssignableFrom(raw)) {
                Schema array = OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(argument(type, 0)));
                if (Set.class.isAssignableFrom(raw)) {
                    array.uniqueItems(true);
                }
                return array;
            }
            if (raw != null && Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(of(argument(type, 1)));
            }
            if (raw != null && raw.isRecord()) {
                return OASFactory.createSchema().ref(REF + named(type, raw));
            }
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }

        private String named(Type type, Class<?> raw) {
            String known = names.get(type);
            if (known != null) {
                return known;
            }
            String name;
            if (raw == ListResponse.class) {
                Class<?> item = raw(argument(type, 0));
                name = (item == null ? "Object" : simpleName(item)) + "List";
            } else {
                name = simpleName(raw);
            }
            names.put(type, name);
            Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            byName.put(name, schema);
            Map<String, Type> resolved = typeArguments(type, raw);
            for (RecordComponent component : raw.getRecordComponents()) {
                Type componentType = component.getGenericType();
                if (componentType instanceof java.lang.reflect.TypeVariable<?> variable) {
                    componentType = resolved.getOrDefault(variable.getName(), Object.class);
                } else if (componentType instanceof ParameterizedType p && raw == ListResponse.class) {
                    componentType = new Parameterized(p, resolved);
                }
                Schema property = of(componentType);
                if (component.getType().isPrimitive()) {
                    schema.addRequired(component.getName());
                }
                schema.addProperty(component.getName(), property);
            }
            return name;
        }

        /** A simple name, prefixed with its context where another record has the same one. */
        private String simpleName(Class<?> raw) {
            String simple = raw.getSimpleName();
            boolean clash = names.entrySet().stream().anyMatch(e -> e.getValue().equals(simple) && raw(e.getKey()) != raw);
            Class<?> outer = raw.getEnclosingClass();
            if ((clash || isShared(simple)) && outer != null) {
                String prefix = outer.getSimpleName().replaceAll("(Dtos|Resource)$", "");
                return prefix + simple;
            }
            return simple;
        }

        /** Names several contexts use for their own records (a move, a history line). */
        private static boolean isShared(String simple) {
            return simple.equals("TransitionRequest") || simple.equals("HistoryDto") || simple.equals("ChangeDto");
        }

        void install(OpenAPI api) {
            if (api.getComponents() == null) {
                api.setComponents(OASFactory.createComponents());
            }
            Map<String, Schema> existing = api.getComponents().getSchemas() == null ? Map.of()
                    : new LinkedHashMap<>(api.getComponents().getSchemas());
            Map<String, Schema> result = new TreeMap<>(byName);
            // keep the server's schemas still referenced from somewhere this filter did not rewrite
            Set<String> referenced = new LinkedHashSet<>();
            collectRefs(api, referenced);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String name : List.copyOf(referenced)) {
                    if (!result.containsKey(name) && existing.containsKey(name)) {
                        result.put(name, existing.get(name));
                        Set<String> more = new LinkedHashSet<>();
                        refs(existing.get(name), more);
                        grew |= referenced.addAll(more);
                    }
                }
            }
            api.getComponents().setSchemas(result);
        }

        private static void collectRefs(OpenAPI api, Set<String> into) {
            if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
                return;
            }
            for (PathItem item : api.getPaths().getPathItems().values()) {
                item.getOperations().values().forEach(op -> {
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> refs(m.getSchema(), into));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> {
                            if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                                r.getContent().getMediaTypes().values().forEach(m -> refs(m.getSchema(), into));
                            }
                        });
                    }
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> refs(p.getSchema(), into));
                    }
                });
            }
        }

        private static void refs(Schema schema, Set<String> into) {
            if (schema == null) {
                return;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
                into.add(schema.getRef().substring(REF.length()));
            }
            refs(schema.getItems(), into);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> refs(s, into));
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                refs(schema.getAdditionalPropertiesSchema(), into);
            }
        }

        /** An example that the schema accepts, with sample values for the API's common field names. */
        Object example(Schema schema, String property, int depth) {
            if (schema == null || depth > 6) {
                return null;
            }
            if (schema.getRef() != null) {
                Schema target = byName.get(schema.getRef().substring(REF.length()));
                return target == null ? null : example(target, property, depth + 1);
            }
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                return schema.getEnumeration().get(0);
            }
            Schema.SchemaType type = schema.getType();
            if (type == null) {
                return null;
            }
            switch (type) {
                case STRING:
                    if ("date-time".equals(schema.getFormat())) {
                        return "2025-11-27T09:30:00+08:00";
                    }
                    if ("date".equals(schema.getFormat())) {
                        return "2025-11-27";
                    }
                    Object known = property == null ? null : EXAMPLES.get(property);
                    return known instanceof String ? known : "…";
                case INTEGER:
                    if (property != null && property.endsWith("Fen")) {
                        return 500000;
                    }
                    if ("page".equals(property)) {
                        return 0;
                    }
                    return property != null && (property.equals("size")) ? 20 : 1;
                case NUMBER:
                    return 1;
                case BOOLEAN:
                    return Boolean.FALSE;
                case ARRAY:
                    Object item = example(schema.getItems(), property, depth + 1);
                    return item == null ? List.of() : List.of(item);
                case OBJECT:
                    Map<String, Object> object = new LinkedHashMap<>();
                    if (schema.getProperties() != null) {
                        schema.getProperties().forEach((name, value) -> {
                            Object v = example(value, name, depth + 1);
                            if (v != null) {
                                object.put(name, v);
                            }
                        });
                    }
                    return object;
                default:
                    return null;
            }
        }

        private static Map<String, Type> typeArguments(Type type, Class<?> raw) {
            Map<String, Type> resolved = new HashMap<>();
            if (type instanceof ParameterizedType p) {
                var variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    resolved.put(variables[i].getName(), p.getActualTypeArguments()[i]);
                }
            }
            return resolved;
        }

        private static Type argument(Type type, int index) {
            if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
                return p.getActualTypeArguments()[index];
            }
            return Object.class;
        }

        static Class<?> raw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
                return c;
            }
            if (type instanceof java.lang.reflect.WildcardType w && w.getUpperBounds().length > 0) {
                return raw(w.getUpperBounds()[0]);
            }
            return null;
        }
    }

    /** {@code List<T>} inside {@code ListResponse<T>} with T resolved. */
    private record Parameterized(ParameterizedType original, Map<String, Type> resolved) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            Type[] args = original.getActualTypeArguments().clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof java.lang.reflect.TypeVariable<?> v) {
                    args[i] = resolved.getOrDefault(v.getName(), Object.class);
                }
            }
            return args;
        }

        @Override
        public Type getRawType() {
            return original.getRawType();
        }

        @Override
        public Type getOwnerType() {
            return original.getOwnerType();
        }
    }
}
