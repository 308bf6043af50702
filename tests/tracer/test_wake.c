/* Unit test of the producer's wake-up of the drainer when the program started before its collector (its own process: the runtime's wake state is per process). */
#include "fake_producer.h"

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

/* Emits n events on r (no collector: nothing empties it). */
static void emit(struct weft_ring *r, int n)
{
    struct weft_event e;
    memset(&e, 0, sizeof(e));
    e.call = WEFT_CALL_READ;
    for (int i = 0; i < n; i++) {
        e.ts = fp_now();
        assert_int_equal(fp_emit(r, &e, NULL, 0), 0);
    }
}

/*
 * The ring is made before the wake file exists (weft __collect started after the program,
 * as bench/collector/run.sh does): its first quarter-crossing finds no file. Once the
 * collector made the file and sleeps on it, the next crossing a millisecond later must wake
 * it (the runtime used to look again only at every 64th crossing: the drainer slept on while
 * rings overflowed).
 */
static void test_late_wake_file_is_found(void **state)
{
    (void)state;
    char dir[64];
    snprintf(dir, sizeof(dir), "/tmp/weft-wake-XXXXXX");
    assert_non_null(mkdtemp(dir));
    struct weft_ring r;
    assert_int_equal(fp_ring_create(&r, dir, getpid(), fp_now(), getpid(), 64), 0);
    emit(&r, 20); /* crosses 16: a quarter of 64, no wake file yet */

    char path[128];
    snprintf(path, sizeof(path), "%s/%s", dir, WEFT_WAKE_FILE);
    int fd = open(path, O_RDWR | O_CREAT, 0666);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, 4096), 0);
    struct weft_wake_file *w = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    assert_true(w != MAP_FAILED);
    w->collector_pid = getpid();
    w->sleeping = 1;
    __atomic_store_n(&w->magic, WEFT_WAKE_MAGIC, __ATOMIC_RELEASE);
    struct timespec ms = {0, 2000000};
    nanosleep(&ms, NULL);

    emit(&r, 12); /* crosses 32: the drainer sleeping on the file is woken */
    assert_int_equal(__atomic_load_n(&w->seq, __ATOMIC_SEQ_CST), 1);

    munmap(w, 4096);
    fp_ring_unmap(&r);
    char cmd[160];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_late_wake_file_is_found),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
