/* TRUTH: free — ticket lock; unlock does a plain read of serving followed by a RELEASE store of serving+1. Only the holder writes serving; the previous holder's store happens-before the current holder's plain read (its ACQUIRE wait loop read that store), and waiters' concurrent atomic loads are reads, so the plain read races with no write; counter is protected by the lock. */
#include <pthread.h>
#include <stdio.h>
static unsigned next_ticket;
static unsigned serving;
static long counter;
static void lock(void) {
    unsigned my = __atomic_fetch_add(&next_ticket, 1, __ATOMIC_RELAXED);
    while (__atomic_load_n(&serving, __ATOMIC_ACQUIRE) != my)
        ;
}
static void unlock(void) {
    __atomic_store_n(&serving, serving + 1, __ATOMIC_RELEASE);
}
static void *worker(void *arg) {
    for (int i = 0; i < 1000; i++) { lock(); counter++; unlock(); }
    return arg;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
