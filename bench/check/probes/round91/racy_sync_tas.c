/* racy: each thread takes a DIFFERENT __sync_lock_test_and_set lock (busy[i]),
   so the updates to `total` are not mutually exclusive. */
#include <pthread.h>
#include <stdio.h>

static volatile int busy[3];
static long total;

static void *adder(void *arg) {
    long k = (long)arg;
    for (long i = 0; i < 100; i++) {
        while (__sync_lock_test_and_set(&busy[k], 1))
            ;
        total += i;
        __sync_lock_release(&busy[k]);
    }
    return NULL;
}

int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, adder, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
