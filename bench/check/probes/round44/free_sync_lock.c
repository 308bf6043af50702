/* TRUTH: free — __sync_lock_test_and_set / __sync_lock_release spin lock around every access to hits[] */
#include <pthread.h>
static volatile int sl;
static int hits[16];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 64; i++) {
        while (__sync_lock_test_and_set(&sl, 1)) { }
        hits[(id + i) % 16]++;
        __sync_lock_release(&sl);
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 16; i++) s += hits[i];
    return s == 192 ? 0 : 1;
}
