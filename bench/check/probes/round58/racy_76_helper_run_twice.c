/* TRUTH: racy — two threads each call run(); each run() has its own local mutex m shared only with its own worker, so workers of different run() calls do n++ under different mutexes. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void run(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t x;
    pthread_create(&x, NULL, w, &m);
    pthread_join(x, NULL);
}
static void *outer(void *arg) { (void)arg; run(); return NULL; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, NULL, outer, NULL); pthread_create(&q, NULL, outer, NULL);
    pthread_join(p, NULL); pthread_join(q, NULL);
    return n;
}
