/* TRUTH: racy — two parent threads each own a local mutex m and pass it to their own child; the children of different parents hold different mutexes while doing n++. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *child(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void *parent(void *arg) {
    (void)arg;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t c1;
    pthread_create(&c1, NULL, child, &m);
    pthread_join(c1, NULL);
    return NULL;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, NULL, parent, NULL); pthread_create(&q, NULL, parent, NULL);
    pthread_join(p, NULL); pthread_join(q, NULL);
    return n;
}
