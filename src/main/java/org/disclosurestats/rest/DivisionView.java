package org.disclosurestats.rest;

import java.util.List;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.service.DivisionService.DivisionWithChildren;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Division", description = "One (code, name) period of a GB/T 2260 division, with its place in the hierarchy.")
public record DivisionView(
        @jakarta.validation.constraints.NotNull @Schema(example = "652702") String code,
        @jakarta.validation.constraints.NotNull @Schema(example = "阿拉山口市") String name,
        @jakarta.validation.constraints.NotNull @Schema(example = "county") Level level,
        @Schema(description = "Code of the parent division (null for provinces).", example = "652700") String parent,
        @Schema(description = "Code of the prefecture the division belongs to (its own code for a prefecture).", example = "652700") String prefecture,
        @Schema(example = "650000") String province,
        @Schema(description = "First year this (code, name) is valid; null = since before 2008.", example = "2012") Integer validFrom,
        @Schema(description = "Last year valid; null = still valid.") Integer validTo,
        @Schema(description = "Number of child divisions (valid in the year asked, or ever when no year was given).", example = "0") long children) {

    @Schema(name = "DivisionList", description = "The matching divisions, ordered by code.")
    public record Items(@jakarta.validation.constraints.NotNull List<DivisionView> items) {
    }

    static DivisionView of(DivisionWithChildren d) {
        Division v = d.division();
        return new DivisionView(v.code, v.name, v.level, v.parentCode, v.prefectureCode, v.provinceCode,
                v.validFrom == null ? null : v.validFrom.intValue(), v.validTo == null ? null : v.validTo.intValue(), d.children());
    }

    /** A code with all its periods, newest first in {@code periods}' last place. */
    @Schema(name = "DivisionDetail", description = "A division code: its period valid in the year asked (else its latest), and every period of the code.")
    public record Detail(DivisionView division, List<DivisionView> periods) {
    }
}
