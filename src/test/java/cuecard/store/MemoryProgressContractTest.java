package cuecard.store;

import cuecard.study.MemoryProgress;
import cuecard.review.Progress;

/** The {@link Progress} contract over the progress in memory that study tests use. */
class MemoryProgressContractTest extends ProgressContract {

    @Override
    Progress progress() {
        return new MemoryProgress();
    }
}
