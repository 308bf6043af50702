/* free: both threads guard `total` with the same GCC builtin lock
   (__sync_lock_test_and_set / __sync_lock_release). */
#include <pthread.h>
#include <stdio.h>

static volatile int busy;
static long total;

static void *adder(void *arg) {
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        while (__sync_lock_test_and_set(&busy, 1))
            ;
        total += i;
        __sync_lock_release(&busy);
    }
    return NULL;
}

int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, adder, (void *)(long)(100 * (i + 1)));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
