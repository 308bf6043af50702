/* free: grab() may redirect the caller's lock pointer, but only to the same mutex lock_a
   (a NULL lock means "use the default", which is lock_a); both threads hold lock_a. */
#include <pthread.h>
#include <stddef.h>
static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static int shared;

static void grab(pthread_mutex_t **m) {
    if (*m == NULL)
        *m = &lock_a;
    pthread_mutex_lock(*m);
}
static void *worker(void *arg) {
    pthread_mutex_t *m = arg;
    for (int i = 0; i < 1000; i++) {
        grab(&m);
        shared++;
        pthread_mutex_unlock(m);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, &lock_a);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return shared;
}
