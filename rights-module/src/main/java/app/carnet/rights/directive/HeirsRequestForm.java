package app.carnet.rights.directive;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an heir asked, as the practitioner records it: who, what, when. */
public record HeirsRequestForm(@Nullable String requester, @Nullable HeirsRequestKind kind, @Nullable String detail,
        @Nullable LocalDate receivedOn) {

    @Override
    public String toString() {
        return "HeirsRequestForm[kind=" + kind + "]";
    }
}
