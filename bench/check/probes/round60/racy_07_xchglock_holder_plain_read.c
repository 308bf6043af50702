/* TRUTH: racy — spin lock whose waiters spin with __atomic_exchange_n(&lockw,1,ACQUIRE) (an RMW: it writes 1 even when the lock is held); the holder reads lockw plainly inside its critical section, concurrently with the other thread's failing exchange writes — plain read vs atomic write, unordered. */
#include <pthread.h>
#include <stdio.h>
static int lockw;
static long counter;
static int bad;
static void lock(void) {
    while (__atomic_exchange_n(&lockw, 1, __ATOMIC_ACQUIRE))
        ;
}
static void unlock(void) { __atomic_store_n(&lockw, 0, __ATOMIC_RELEASE); }
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        lock();
        if (lockw != 1)          /* plain read of the lock word by the holder */
            bad++;
        counter++;
        unlock();
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %d\n", counter, bad);
    return 0;
}
