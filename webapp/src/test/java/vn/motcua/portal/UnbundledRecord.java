package vn.motcua.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A broken plugin entity for BrokenPluginIT: its table lacks the plugin's prefix ("unbundled_…"). */
@Entity
@Table(name = "record")
public class UnbundledRecord {

    @Id
    private Long id;

    public Long getId() {
        return id;
    }
}
