package org.disclosurestats.service;

import org.disclosurestats.domain.TableIdentities;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.OwnFigure;
import org.disclosurestats.domain.Report;
import org.disclosurestats.domain.ReportImport;
import org.disclosurestats.domain.ReportRevision;
import org.disclosurestats.domain.RevisionStatus;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.Extraction.Unmapped;
import org.disclosurestats.importing.MetadataDetector.Given;
import org.disclosurestats.importing.MetadataDetector.Metadata;
import org.disclosurestats.repository.ReportImportRepository;
import org.disclosurestats.repository.ReportRepository;
import org.disclosurestats.repository.ReportRevisionRepository;
import org.disclosurestats.service.ApiProblem.Violation;
import org.disclosurestats.importing.DocumentReader;
import org.disclosurestats.importing.DocumentText;
import org.disclosurestats.importing.Extraction;
import org.disclosurestats.importing.MetadataDetector;
import org.disclosurestats.importing.ProseExtractor;
import org.disclosurestats.importing.ProseLexicon;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;

/**
 * Imports a document as a draft report: reads it (DocumentText), detects its edition from its labels and
 * its metadata from its title, extracts the figures of its standard tables and of its prose, checks the
 * identities, and stores the result as a revision with status draft (never shown by reads) plus an import
 * record. Publishing turns the latest draft into a published revision through the ordinary write path.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    ImportLimits limits;
    @Inject
    WriteAccess access;
    @Inject
    TableIdentityCheck identities;
    @Inject
    ObjectMapper json;
    @Inject
    Catalogue catalogue;
    @Inject
    SubmissionRules rules;
    @Inject
    ReportService reportService;
    @Inject
    Revisions contents;
    @Inject
    ReportRepository reports;
    @Inject
    ReportRevisionRepository revisions;
    @Inject
    ReportImportRepository imports;
    @Inject
    DivisionNames divisionNames;

    private volatile ProseLexicon lexicon;

    ProseLexicon lexicon() {
        if (lexicon == null) {
            lexicon = ProseLexicon.load(json);
        }
        return lexicon;
    }

    /** A figure of a draft with the reader's confidence and note. */
    public record DraftFigure(Figure figure, Extraction.Confidence confidence, String note) {
    }

    /** Everything an import produced, as stored. */
    public record Draft(ReportImport record, Report report, ReportRevision revision, Metadata metadata, List<DraftFigure> figures,
                        List<Unmapped> unmapped, Validation validation, Long duplicateOf, boolean published) {
    }

    /**
     * What was checked: the identities of the tables, the labels that did not match (and the rows of values no label
     * could be given to), the rows the failed identities point at, and the prose figures that contradict a table cell
     * of the same report (the last two absent in drafts stored before they existed).
     */
    public record Validation(List<TableIdentities.Result> identities, List<String> unmatchedLabels, int violated,
                             List<SuspectRows.Suspect> suspectRows, List<String> conflicts) {
    }

    record Notes(String confidence, String note) {
    }

    record Stored(Metadata metadata, List<Unmapped> unmapped, Validation validation, Map<String, Notes> notes) {
    }

    // ------------------------------------------------------------------------------------------ import

    @Transactional
    public Draft importDocument(byte[] body, String mediaType, Given given, String sourceUrl, Caller caller) {
        String actor = caller.subject();
        String sha = sha256(body);
        Optional<ReportImport> previous = imports.firstWithHash(sha);
        if (previous.isPresent()) {
            Draft d = load(previous.get());
            access.requireMayWrite(caller, d.report().divisionCode, d.report().year);
            return new Draft(d.record(), d.report(), d.revision(), d.metadata(), d.figures(), d.unmapped(), d.validation(), d.record().id, d.published());
        }
        limits.requireDocumentSize(body.length);
        DocumentText doc = DocumentText.read(body, mediaType);
        limits.requireTextLength(doc.text());
        Metadata meta = MetadataDetector.detect(doc, given, (place, year) -> divisionNames.divisionNamed(place, year, doc.text()));
        requireMetadata(meta);
        access.requireMayWrite(caller, meta.division().value(), meta.year().value());

        ProseExtractor.Context context = new ProseExtractor.Context(meta.issuerName().value(), meta.division().value(),
                meta.scope().value() == org.disclosurestats.domain.Scope.AGGREGATE,
                name -> divisionNames.subDivision(meta.division().value(), meta.year().value(), name), meta.year().value());
        DocumentReader.Reading reading = new DocumentReader(catalogue.matching(null, null), lexicon()).read(doc, context);
        Edition edition = reading.edition();
        List<Extracted> figures = new ArrayList<>(reading.figures());
        List<Unmapped> unmapped = new ArrayList<>(reading.unmapped());

        // what the write path would refuse is shown as unmapped rather than stored
        ReportSubmission submission = submission(meta, edition, doc.text(), sourceUrl, figures);
        List<Violation> violations = rules.violations(submission);
        List<Extracted> refused = new ArrayList<>();
        for (Violation v : violations) {
            Matcher at = Pattern.compile("^/figures/(\\d+)").matcher(v.pointer());
            if (at.find()) {
                Extracted f = figures.get(Integer.parseInt(at.group(1)));
                refused.add(f);
                unmapped.add(new Unmapped(f.provenance().writtenAs(), f.value(), null, f.provenance(), "read as " + f.metric() + " but " + v.message()));
            } else {
                throw ApiProblem.unprocessable("The document cannot become a draft", "Its metadata is not valid; nothing was stored.", List.of(v));
            }
        }
        figures.removeAll(refused);
        submission = submission(meta, edition, doc.text(), sourceUrl, figures);

        // the report's own cells; a blank cell is present with no value (not checkable, never 0)
        Map<String, BigDecimal> cells = new HashMap<>();
        for (Extracted f : figures) {
            if (OwnFigure.is(f.breakdown(), f.subject())) {
                cells.put(f.metric(), f.status() == ObservationStatus.REPORTED ? f.value() : null);
            }
        }
        List<TableIdentities.Result> checks = identities.check(edition, cells);
        Validation validation = new Validation(checks, reading.unmatchedLabels(),
                (int) checks.stream().filter(c -> c.status() == TableIdentities.Status.VIOLATED).count(),
                SuspectRows.of(checks, catalogue.matching(edition, null)), reading.conflicts());

        Report report = reportFor(submission);
        ReportRevision draft = contents.append(report, revisions.nextRevisionNo(report.id), RevisionStatus.DRAFT, submission, actor,
                "imported from " + doc.mediaType() + " (draft)");
        Map<String, Notes> notes = new LinkedHashMap<>();
        for (Extracted f : figures) {
            notes.put(f.key(), new Notes(f.confidence().code(), f.note()));
        }

        ReportImport record = new ReportImport();
        record.reportId = report.id;
        record.revisionNo = draft.revisionNo;
        record.textSha256 = sha;
        record.mediaType = doc.mediaType();
        record.detectedEdition = edition;
        record.detectedMetadata = write(meta);
        record.unmapped = write(unmapped);
        record.validation = write(validation);
        record.figureNotes = write(notes);
        record.createdBy = actor;
        record.createdAt = OffsetDateTime.now();
        imports.persist(record);
        imports.flush();
        return load(record);
    }

    private ReportSubmission submission(Metadata meta, Edition edition, String text, String sourceUrl, List<Extracted> figures) {
        return new ReportSubmission(meta.issuerName().value(), meta.issuerKind().value(), meta.division().value(), meta.year().value(),
                meta.scope().value(), edition, meta.title().value(), sourceUrl, null, text, figures.stream().map(Extracted::toFigure).toList());
    }

    private static void requireMetadata(Metadata meta) {
        List<Violation> missing = new ArrayList<>();
        if (meta.issuerName().value() == null) {
            missing.add(new Violation("issuer", "the document does not name its issuer in a title; pass ?issuer="));
        }
        if (meta.year().value() == null) {
            missing.add(new Violation("year", "the document does not say which year it reports on; pass ?year="));
        }
        if (meta.division().value() == null) {
            missing.add(new Violation("division", "the issuer's division could not be told from its name; pass ?division= (a GB/T 2260 code)"));
        }
        if (meta.scope().value() == null) {
            missing.add(new Violation("scope", "the document does not say whether it covers the issuer's own organs or its territory; pass ?scope=self or aggregate"));
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.unprocessable("The document does not say enough about itself",
                    "Pass what the document does not state as query parameters; nothing was stored.", missing);
        }
    }

    /** The report identity the draft belongs to; a new one stays at current revision 0 (unpublished) until published. */
    private Report reportFor(ReportSubmission s) {
        Optional<Report> existing = reports.withIdentity(s.issuerName(), s.divisionCode(), s.year(), s.scope());
        if (existing.isPresent()) {
            return reports.lockedById(existing.get().id).orElseThrow();
        }
        return reportService.newIdentity(s);
    }

    // ------------------------------------------------------------------------------------------ read

    @Transactional
    public Draft find(long id, Caller caller) {
        Draft draft = load(imports.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Import", "id", "No import with id " + id + ".")));
        access.requireMayWrite(caller, draft.report().divisionCode, draft.report().year); // drafts are not public
        return draft;
    }

    private Draft load(ReportImport record) {
        Report report = reports.findById(record.reportId);
        ReportRevision revision = revisions.numbered(record.reportId, record.revisionNo).orElseThrow();
        Map<String, Notes> notes = read(record.figureNotes, new TypeReference<>() {
        });
        List<DraftFigure> figures = new ArrayList<>();
        for (Figure f : contents.asSubmission(report, revision).figures()) {
            Notes n = notes.get(f.key());
            figures.add(new DraftFigure(f, n == null || "high".equals(n.confidence()) ? Extraction.Confidence.HIGH : Extraction.Confidence.LOW,
                    n == null ? null : n.note()));
        }
        ReportRevision current = report.currentRevisionNo == 0 ? null : revisions.numbered(report.id, report.currentRevisionNo).orElse(null);
        boolean published = current != null && current.revisionNo > record.revisionNo && current.status == RevisionStatus.PUBLISHED
                && current.textSha256 != null && current.textSha256.equals(revision.textSha256);
        return new Draft(record, report, revision, read(record.detectedMetadata, new TypeReference<Metadata>() {
        }), figures, read(record.unmapped, new TypeReference<List<Unmapped>>() {
        }), read(record.validation, new TypeReference<Validation>() {
        }), null, published);
    }

    // ------------------------------------------------------------------------------------------ publish

    /** Publishes the report's latest draft as a new published revision, through the ordinary write path. */
    @Transactional
    public ReportService.Recorded publish(long reportId, Caller caller, boolean acceptInconsistent) {
        Report report = reports.lockedById(reportId).orElseThrow(() -> ApiProblem.notFound("Report", "id", "No report with id " + reportId + "."));
        ReportRevision draft = revisions.latestDraft(reportId).orElseThrow(() -> new ApiProblem(409, "no-draft", "Nothing to publish",
                "Report " + reportId + " has no draft; import a document first (POST /api/v1/imports).", "id", null));
        ReportRevision current = report.currentRevisionNo == 0 ? null : revisions.numbered(reportId, report.currentRevisionNo).orElse(null);
        if (current != null && current.revisionNo > draft.revisionNo) {
            throw new ApiProblem(409, "draft-superseded", "The draft is older than the published revision",
                    "Revision " + current.revisionNo + " was recorded after draft " + draft.revisionNo + "; import the document again to review it anew.", "id", null);
        }
        ReportSubmission submission = contents.asSubmission(report, draft);
        return reportService.createOrRevise(submission, caller, "published from the draft of revision " + draft.revisionNo, acceptInconsistent);
    }

    // ------------------------------------------------------------------------------------------ json

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import JSON is unreadable", e);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
