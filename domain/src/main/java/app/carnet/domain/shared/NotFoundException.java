package app.carnet.domain.shared;

/** The record does not exist, or is not the caller's: both answer the same. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
