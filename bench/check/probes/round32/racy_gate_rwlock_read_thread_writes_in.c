/* TRUTH: racy. Both main and the thread hold rw only in read mode, so the thread's x = 1 inside its read section can run with main's x = 2 inside main's read section. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int x;
static void *worker(void *arg) {
    (void)arg;
    pthread_rwlock_rdlock(&rw);
    x = 1;
    pthread_rwlock_unlock(&rw);
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
