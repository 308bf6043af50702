/* TRUTH: free — Peterson with seq_cst C11 atomics for flag/turn gives mutual exclusion and happens-before on shared */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
static atomic_bool flag[2];
static atomic_int turn;
static int shared;
static void lock(int me) {
    int other = 1 - me;
    atomic_store(&flag[me], true);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other) { }
}
static void unlock(int me) { atomic_store(&flag[me], false); }
static void *thr(void *arg) {
    int me = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        lock(me);
        shared = shared + 1;
        unlock(me);
    }
    return NULL;
}
int main(void) {
    pthread_t t0, t1;
    pthread_create(&t0, NULL, thr, (void *)0L);
    pthread_create(&t1, NULL, thr, (void *)1L);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return shared == 200 ? 0 : 1;
}
