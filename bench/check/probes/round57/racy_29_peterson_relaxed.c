/* TRUTH: racy — Peterson's lock with memory_order_relaxed: the store of flag[me] can be reordered after the load of flag[other] (store buffering), both threads can enter, and in any case relaxed ops give no happens-before; shared_ctr++ in the two threads races. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static int shared_ctr;
static void lock(int me) {
    int other = 1 - me;
    atomic_store_explicit(&flag[me], 1, memory_order_relaxed);
    atomic_store_explicit(&turn, other, memory_order_relaxed);
    while (atomic_load_explicit(&flag[other], memory_order_relaxed) &&
           atomic_load_explicit(&turn, memory_order_relaxed) == other)
        ;
}
static void unlock(int me) { atomic_store_explicit(&flag[me], 0, memory_order_relaxed); }
static void *thr(void *a) {
    int me = (int)(intptr_t)a;
    for (int i = 0; i < 1000; i++) {
        lock(me);
        shared_ctr++;
        unlock(me);
    }
    return NULL;
}
int main(void) {
    pthread_t t0, t1;
    pthread_create(&t0, NULL, thr, (void *)(intptr_t)0);
    pthread_create(&t1, NULL, thr, (void *)(intptr_t)1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    printf("%d\n", shared_ctr);
    return 0;
}
