/* free: same wrapper but both threads pass 1. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void maybe_lock(int really) { if (really) pthread_mutex_lock(&m); }
static void maybe_unlock(int really) { if (really) pthread_mutex_unlock(&m); }
static void *t(void *x) {
    int really = (int)(long)x;
    maybe_lock(really);
    shared++;
    maybe_unlock(really);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)1L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
