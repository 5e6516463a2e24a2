package vn.tracuu.search;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Searches past the slots wait their turn, and are refused when the wait runs out. */
class SearchSlotsTest {
  @Test
  void aSearchWaitsForAFreeSlotAndIsRefusedWhenNoneFrees() throws Exception {
    SearchSlots slots = new SearchSlots(1, 200);
    slots.enter();
    assertThrows(SearchSlots.Busy.class, slots::enter, "the only slot is taken for longer than the wait");

    CountDownLatch waiting = new CountDownLatch(1), entered = new CountDownLatch(1);
    Thread next = new Thread(() -> {
      waiting.countDown();
      slots.enter();
      entered.countDown();
      slots.leave();
    });
    next.start();
    waiting.await();
    Thread.sleep(50);
    assertTrue(entered.getCount() == 1, "still waiting while the slot is taken");
    slots.leave();
    assertTrue(entered.await(1, TimeUnit.SECONDS), "the slot freed goes to the search waiting for it");
    next.join();
    slots.enter(); // and back to this one when that search is done
    slots.leave();
  }
}
