/* TRUTH: racy — the spin lock is released before the last update of tail, which then races with the other thread's locked accesses */
#include <pthread.h>
static int spin;
static int ring[16];
static int tail;
static void *writer(void *a) {
    int base = (int)(long)a;
    for (int i = 0; i < 10; i++) {
        while (__sync_lock_test_and_set(&spin, 1)) { }
        int t = tail;
        ring[t] = base + i;
        __sync_lock_release(&spin);
        tail = (t + 1) % 16;           /* outside the lock */
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, (void *)0L);
    pthread_create(&b, NULL, writer, (void *)100L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return tail;
}
