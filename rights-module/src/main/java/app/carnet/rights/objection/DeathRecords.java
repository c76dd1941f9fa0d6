package app.carnet.rights.objection;

/**
 * Whether a client's death is recorded, for {@link ObjectionRegister#deceased}: implemented by the directives
 * component, which records deaths and already depends on this one (a limitation ends at death).
 */
public interface DeathRecords {

    boolean recorded(long clientId);
}
