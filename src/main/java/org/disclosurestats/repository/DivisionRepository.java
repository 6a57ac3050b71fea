package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;

@ApplicationScoped
public class DivisionRepository implements PanacheRepositoryBase<Division, Integer> {

    private static final String VALID_IN_YEAR = Division.VALID_IN_YEAR_HQL;

    /** Every period of every division, for the in-memory tree; native SQL, as it is read once at start-up. */
    @SuppressWarnings("unchecked")
    public List<Division> everyPeriod() {
        return getEntityManager().createNativeQuery("select * from division", Division.class).getResultList();
    }

    /**
     * Divisions matching every given filter (null = no filter), ordered by code and period.
     * {@code nameFragment} is matched against the stored (simplified) names.
     */
    public List<Division> matching(String parentCode, Level level, String nameFragment, Integer year, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            params.and("parent", parentCode);
        }
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (nameFragment != null) {
            where.append(" and name like :name");
            params.and("name", "%" + nameFragment.replace("%", "").replace("_", "") + "%");
        }
        if (year != null) {
            where.append(" and ").append(VALID_IN_YEAR);
            params.and("year", year.shortValue());
        }
        return find(where + " order by code, validFrom nulls first", params).page(0, limit).list();
    }

    /** How many distinct codes have each of the given codes as parent (in the given year, or ever). */
    public Map<String, Long> childCounts(Collection<String> parentCodes, Integer year) {
        if (parentCodes.isEmpty()) {
            return Map.of();
        }
        var query = getEntityManager().createQuery("select parentCode, count(distinct code) from Division where parentCode in :parents"
                + (year == null ? "" : " and " + VALID_IN_YEAR) + " group by parentCode", Object[].class)
                .setParameter("parents", parentCodes);
        if (year != null) {
            query.setParameter("year", year.shortValue());
        }
        return query.getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }
}
