/* TRUTH: racy — each thread has its own local array of mutexes ms and locks ms[0] via lk: excludes nothing; both do n++. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) {
    (void)arg;
    pthread_mutex_t ms[2];
    pthread_mutex_init(&ms[0], NULL); pthread_mutex_init(&ms[1], NULL);
    for (int i = 0; i < 20; i++) { lk(&ms[0]); n++; ul(&ms[0]); }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
