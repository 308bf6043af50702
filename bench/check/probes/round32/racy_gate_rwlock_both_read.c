/* TRUTH: racy. main holds rw only in read mode while it writes x; the thread's read lock does not wait for main's read lock, so its x = 1 can run at the same time as main's x = 2. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int x;
static void *worker(void *arg) {
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    pthread_rwlock_unlock(&rw);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_rwlock_rdlock(&rw);
    pthread_create(&t, NULL, worker, NULL);
    x = 2;
    pthread_rwlock_unlock(&rw);
    pthread_join(t, NULL);
    return x;
}
