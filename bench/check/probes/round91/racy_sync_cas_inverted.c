/* racy: `while (__sync_val_compare_and_swap(&l,0,1) != 1)` exits as soon as the lock
   is observed HELD, so a second thread enters while the first is inside. */
#include <pthread.h>
#include <stdio.h>

static int l;
static long total;

static void *adder(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        while (__sync_val_compare_and_swap(&l, 0, 1) != 1)
            ;
        total += i;
        __sync_lock_release(&l);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&b, NULL, adder, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
