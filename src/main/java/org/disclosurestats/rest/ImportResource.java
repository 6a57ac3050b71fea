package org.disclosurestats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.file.Files;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.service.ImportService;
import org.disclosurestats.importing.MetadataDetector;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Catalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Importing report documents into drafts. Role checks (publisher, admin) are added with the write API's
 * authentication; see the note on each method.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Reading report documents (HTML, plain text, PDF) into draft reports with provenance")
public class ImportResource {

    @Inject
    ImportService imports;
    @Inject
    Callers callers;
    @Inject
    Catalogue catalogue;

    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @SecurityRequirement(name = ReportWriteResource.BEARER)
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role publisher or admin, or the division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, "application/pdf", "application/xhtml+xml", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importDocument", summary = "Import a report document as a draft",
            description = "Reads an annual report sent as text/html, text/plain or application/pdf (a PDF needs a text layer; a scan is refused "
                    + "with 422 no-text-layer, a text layer that is not the page's text with 422 garbled-text-layer). The standard tables of the 2019 and 2021 formats are read cell by cell (edition detected from the labels); "
                    + "legacy prose is read sentence by sentence through the pattern catalogue. The result is a draft: a revision with status draft that "
                    + "no read or aggregate shows until it is published. The same bytes imported again return the first import (200, duplicateOf).")
    @RequestBody(description = "The document.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "a 2021 report page",
                    value = "<html><head><title>某市人民政府2021年政府信息公开工作年度报告</title></head><body><table>…</table></body></html>")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "legacy prose",
                    value = "2018年,全市主动公开各类政府信息3054条,政务微博公开政府信息数3175条。")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "The draft.", content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class),
            examples = @ExampleObject(name = "阿拉山口市 2018 (abridged)", value = ImportViews.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "These bytes were imported before: that import, with duplicateOf set.",
            content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class)))
    @APIResponse(responseCode = "400", description = "A malformed parameter or an empty body.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not HTML, plain text or PDF.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A PDF without a text layer, an unreadable document, or metadata the document does not state and no parameter gives.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importDocument(
            byte[] body,
            @Context HttpHeaders headers,
            @Parameter(description = "Division code of the issuer (GB/T 2260); detected from the issuer's name when unique.", example = "652702") @QueryParam("division") String division,
            @Parameter(description = "The year the report is about; detected from a title such as \"2018年…政府信息公开工作年度报告\".", example = "2018") @QueryParam("year") Integer year,
            @Parameter(description = "self (the issuer's own organs) or aggregate (its whole territory); detected from \"由…汇总…编制而成\" / \"本报告内容主要为…机关\".", example = "aggregate") @QueryParam("scope") Scope scope,
            @Parameter(description = "The issuer's name; detected from the title.", example = "阿拉山口市人民政府") @QueryParam("issuer") String issuer,
            @Parameter(description = "government, department, office or zone; detected from the issuer's name.", example = "government") @QueryParam("issuerKind") IssuerKind issuerKind,
            @Parameter(description = "The report's title; detected from the document, else composed from issuer and year.") @QueryParam("title") String title,
            @Parameter(description = "Where the document was published.", example = "http://www.alsk.gov.cn/…") @QueryParam("sourceUrl") String sourceUrl,
            @Context UriInfo uri) {
        MediaType type = headers.getMediaType();
        return respond(body, type == null ? null : type.getType() + "/" + type.getSubtype(), division, year, scope, issuer, issuerKind, title, sourceUrl, uri);
    }

    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @SecurityRequirement(name = ReportWriteResource.BEARER)
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role publisher or admin, or the division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importDocumentForm", summary = "Import a report document sent as a form upload",
            description = "As importDocument, with the document in the form part named file (its own content type tells HTML, plain text or PDF apart).")
    @APIResponse(responseCode = "201", description = "The draft.", content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class)))
    @APIResponse(responseCode = "200", description = "These bytes were imported before.", content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class)))
    @APIResponse(responseCode = "400", description = "No file part.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "As importDocument.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importForm(
            @Parameter(description = "The document.") @RestForm("file") FileUpload file,
            @Parameter(description = "As for importDocument.", example = "652702") @QueryParam("division") String division,
            @Parameter(description = "As for importDocument.", example = "2018") @QueryParam("year") Integer year,
            @Parameter(description = "As for importDocument.", example = "aggregate") @QueryParam("scope") Scope scope,
            @Parameter(description = "As for importDocument.") @QueryParam("issuer") String issuer,
            @Parameter(description = "As for importDocument.") @QueryParam("issuerKind") IssuerKind issuerKind,
            @Parameter(description = "As for importDocument.") @QueryParam("title") String title,
            @Parameter(description = "As for importDocument.") @QueryParam("sourceUrl") String sourceUrl,
            @Context UriInfo uri) {
        if (file == null) {
            throw ApiProblem.badParameter("file", "Send the document as the form part named file.");
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new ApiProblem(400, "unreadable-upload", "The upload cannot be read", e.getMessage(), "file", null);
        }
        String type = file.contentType();
        if (type == null || type.startsWith(MediaType.APPLICATION_OCTET_STREAM)) {
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
            type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".htm") || name.endsWith(".html") ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
        }
        return respond(body, type, division, year, scope, issuer, issuerKind, title, sourceUrl, uri);
    }

    private Response respond(byte[] body, String mediaType, String division, Integer year, Scope scope, String issuer, IssuerKind issuerKind,
                             String title, String sourceUrl, UriInfo uri) {
        String divisionCode = QueryParams.text(division);
        if (divisionCode != null && !org.disclosurestats.domain.Division.isCodeShaped(divisionCode)) {
            throw ApiProblem.badParameter("division", "'" + division + "' is not a 6-digit division code.");
        }
        MetadataDetector.Given given = new MetadataDetector.Given(QueryParams.text(issuer), issuerKind,
                divisionCode, QueryParams.year(year, "year"), scope, QueryParams.text(title));
        ImportService.Draft draft = imports.importDocument(body, mediaType, given, QueryParams.text(sourceUrl), callers.current());
        ImportViews.ImportView view = ImportViews.ImportView.of(draft, catalogue);
        if (draft.duplicateOf() != null) {
            return Response.ok(view).header("Location", uri.getBaseUriBuilder().path("api/v1/imports/" + view.id()).build()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/imports/" + view.id()).build()).entity(view).build();
    }

    @RolesAllowed({Callers.PUBLISHER, Callers.ADMIN})
    @SecurityRequirement(name = ReportWriteResource.BEARER)
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role publisher or admin, or the division.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Get an import and its draft",
            description = "The draft as imported: detected edition and metadata, figures with provenance and confidence, what was not mapped, and the identity checks.")
    @APIResponse(responseCode = "200", description = "The import.", content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class),
            examples = @ExampleObject(name = "阿拉山口市 2018 (abridged)", value = ImportViews.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No import with this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportViews.ImportView get(@Parameter(description = "Import id.", example = "7", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id) {
        return ImportViews.ImportView.of(imports.find(QueryParams.id(id, "id"), callers.current()), catalogue);
    }
}
