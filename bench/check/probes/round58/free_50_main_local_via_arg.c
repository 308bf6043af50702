/* TRUTH: free — main's local mutex m is passed to both workers through arg; each does lk(mp); n++; ul(mp) with the same mutex. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { pthread_mutex_t *mp = arg; for (int i = 0; i < 20; i++) { lk(mp); n++; ul(mp); } return NULL; }
int main(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t x, y;
    pthread_create(&x, NULL, w, &m); pthread_create(&y, NULL, w, &m);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
