package org.disclosurestats.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One (code, name) period of a GB/T 2260 division. A code is resolved together with a year, never alone. */
@Entity
@Table(name = "division")
public class Division {

    @Id
    public Integer id;
    public String code;
    public String name;
    public Level level;
    public String parentCode;
    public String prefectureCode;
    public String provinceCode;
    /** First valid year; null = valid since before 2008. */
    public Short validFrom;
    /** Last valid year; null = still valid. */
    public Short validTo;
    public String source;

    public boolean validIn(int year) {
        return (validFrom == null || validFrom <= year) && (validTo == null || validTo >= year);
    }
}
