/* TRUTH: racy — Peterson's lock with only release stores / acquire loads: store-buffering is allowed (each thread may read the other's flag as the initial 0, and with flag==0 turn is never read), so both can enter and their plain counter++ are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static long counter;
static void lk(int me) {
    int other = 1 - me;
    atomic_store_explicit(&flag[me], 1, memory_order_release);
    atomic_store_explicit(&turn, other, memory_order_release);
    while (atomic_load_explicit(&flag[other], memory_order_acquire) &&
           atomic_load_explicit(&turn, memory_order_acquire) == other)
        ;
}
static void ulk(int me) { atomic_store_explicit(&flag[me], 0, memory_order_release); }
static void *work(void *arg) {
    int me = (int)(long)arg;
    for (int i = 0; i < 100000; i++) { lk(me); counter++; ulk(me); }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
