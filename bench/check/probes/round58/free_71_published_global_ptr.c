/* TRUTH: free — main's local mutex m is published in global gmp before any thread starts; both workers do lk(gmp); n++; ul(gmp). */
#include <pthread.h>
static int n;
static pthread_mutex_t *gmp;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { lk(gmp); n++; ul(gmp); } return NULL; }
int main(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    gmp = &m;
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
