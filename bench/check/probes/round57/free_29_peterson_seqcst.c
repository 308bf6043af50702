/* TRUTH: free — Peterson's lock with seq_cst atomics for flag[] and turn guarantees mutual exclusion and synchronizes-with between the exit store (flag[me]=0) and the other thread's entry load; `shared_ctr` is only touched inside the critical section or after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
static atomic_int flag[2];
static atomic_int turn;
static int shared_ctr;
static void lock(int me) {
    int other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
        ;
}
static void unlock(int me) { atomic_store(&flag[me], 0); }
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
