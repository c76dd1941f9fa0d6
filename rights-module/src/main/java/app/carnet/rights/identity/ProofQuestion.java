package app.carnet.rights.identity;

/** What the link's page asks the person: additional information, or a copy of one of the six documents. */
public record ProofQuestion(ProofStep step, String question) {

    @Override
    public String toString() {
        return "ProofQuestion[" + step + "]";
    }
}
