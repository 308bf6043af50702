/* racy: grab() may redirect the caller's lock pointer to lock_b (through an out-parameter)
   before locking it; thread 1 ends up holding lock_a, thread 2 lock_b, both write 'shared'. */
#include <pthread.h>
static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static int shared;

static void grab(pthread_mutex_t **m, int alt) {
    if (alt)
        *m = &lock_b;
    pthread_mutex_lock(*m);
}
static void *worker(void *arg) {
    int alt = (int)(long)arg;
    pthread_mutex_t *m = &lock_a;
    for (int i = 0; i < 1000; i++) {
        grab(&m, alt);
        shared++;
        pthread_mutex_unlock(m);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return shared;
}
