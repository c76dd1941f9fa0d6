package app.carnet.rights.identity;

/**
 * The person answered an identity question (information or a copy), through the link: the request's clock runs
 * again from today (décret 2019-536, art. 77). Fired inside the transaction that stored the answer.
 */
public record ProofReceived(long requestId) {
}
