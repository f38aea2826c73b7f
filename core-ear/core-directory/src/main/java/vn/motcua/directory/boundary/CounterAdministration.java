package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.control.DirectoryCache;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/** The one-stop counters of the agencies in scope: list (paged in the database), create, edit, deactivate. */
@ApplicationScoped
@RequiresPermissions("directory:counter:view")
public class CounterAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryCache directory;

    @Inject
    AgencyScope scope;

    /** Filters: {@code name} and {@code agencyName} (contains), {@code active} (Boolean). */
    @Transactional
    public Page<Counter> page(PageRequest request) {
        return CriteriaPaging.of(em, Counter.class)
                .page(
                        request,
                        (cb, query, counter) -> {
                            Join<Counter, Agency> agency = counter.join("agency");
                            var where = new ArrayList<Predicate>();
                            where.add(scope.contains(cb, query, agency.get("path")));
                            where.add(CriteriaPaging.contains(cb, counter.get("name"), request.text("name")));
                            where.add(CriteriaPaging.contains(cb, agency.get("name"), request.text("agencyName")));
                            if (request.value("active") instanceof Boolean active) {
                                where.add(cb.equal(counter.get("active"), active));
                            }
                            return where;
                        },
                        Map.of("name", c -> c.get("name"), "agencyName", c -> c.get("agency")
                                .get("name")),
                        "name");
    }

    @Transactional
    public Counter find(long id) {
        Counter counter = em.find(Counter.class, id);
        if (counter == null || !scope.covers(counter.getAgency())) {
            throw new DomainException("directory.counter.notFound");
        }
        counter.getReceivesFor().size(); // the dialog shows them after the transaction
        return counter;
    }

    @Transactional
    @RequiresPermissions("directory:counter:edit")
    public Counter create(Counter counter, long agencyId) {
        return create(counter, agencyId, List.of());
    }

    /** A new counter that also receives for these agencies (receiving on behalf). */
    @Transactional
    @RequiresPermissions("directory:counter:edit")
    public Counter create(Counter counter, long agencyId, Collection<Long> receivesFor) {
        counter.setAgency(agency(agencyId));
        receiveFor(counter, receivesFor);
        em.persist(counter);
        directory.changed();
        return counter;
    }

    @Transactional
    @RequiresPermissions("directory:counter:edit")
    public Counter update(Counter changed, long agencyId) {
        Counter counter = find(changed.getId());
        return update(
                changed,
                agencyId,
                counter.getReceivesFor().stream().map(Agency::getId).toList());
    }

    /** Saves a changed counter with the agencies it receives for besides its own, all in one transaction. */
    @Transactional
    @RequiresPermissions("directory:counter:edit")
    public Counter update(Counter changed, long agencyId, Collection<Long> receivesFor) {
        Counter counter = find(changed.getId());
        if (counter.getVersion() != changed.getVersion()) {
            throw new ConcurrentChangeException();
        }
        counter.setName(changed.getName());
        counter.setAddress(changed.getAddress());
        counter.setPhone(changed.getPhone());
        counter.setAgency(agency(agencyId));
        receiveFor(counter, receivesFor);
        directory.changed();
        return counter;
    }

    /** The agencies (active, other than its own) a counter receives for. */
    private void receiveFor(Counter counter, Collection<Long> agencyIds) {
        counter.getReceivesFor().clear();
        for (Long id : agencyIds == null ? List.<Long>of() : agencyIds) {
            Agency agency = em.find(Agency.class, id);
            if (agency == null || !agency.isActive()) {
                throw new DomainException("directory.counter.receivesFor.inactive");
            }
            if (!agency.getId().equals(counter.getAgency().getId())) {
                counter.getReceivesFor().add(agency);
            }
        }
    }

    @Transactional
    @RequiresPermissions("directory:counter:edit")
    public void setActive(long id, boolean active) {
        find(id).setActive(active);
    }

    private Agency agency(long agencyId) {
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null || !agency.isActive()) {
            throw new DomainException("directory.counter.agency.required");
        }
        scope.check(agency);
        return agency;
    }
}
