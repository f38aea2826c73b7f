package vn.motcua.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.motcua.spi.security.RequiresPermissions;

/** A guarded plugin facade: writing needs the plugin's own permission, reading any signed-in user. */
@ApplicationScoped
@RequiresPermissions
public class SampleNotes {

    @PersistenceContext
    EntityManager em;

    @Transactional
    @RequiresPermissions("sample:note:write")
    public SampleNote add(long agencyId, String text) {
        var note = new SampleNote(agencyId, text);
        em.persist(note);
        return note;
    }

    @Transactional
    public SampleNote find(long id) {
        return em.find(SampleNote.class, id);
    }
}
