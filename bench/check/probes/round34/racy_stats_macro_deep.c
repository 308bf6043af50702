/* TRUTH: racy — CONN_STAT(opened) -> STAT_ADD(conn_opened, 1) -> ATOMIC_ISH_ADD(...) -> ((conn_opened) += (1)): both workers write conn_opened (line 13) with no lock. */
#include <pthread.h>
#include <stdio.h>

#define ATOMIC_ISH_ADD(x, n) ((x) += (n))
#define STAT_ADD(x, n) ATOMIC_ISH_ADD(x, n)
#define CONN_STAT(what) STAT_ADD(conn_##what, 1)

static long conn_opened;

static void *worker(void *arg) {
    (void)arg;
    CONN_STAT(opened); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", conn_opened);
    return 0;
}
