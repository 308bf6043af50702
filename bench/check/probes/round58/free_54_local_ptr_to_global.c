/* TRUTH: free — each thread's local pointer mp points at the one global mutex gm; lk(mp)/ul(mp) around n++ exclude each other. */
#include <pthread.h>
static int n;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { (void)arg; pthread_mutex_t *mp = &gm; for (int i = 0; i < 20; i++) { lk(mp); n++; ul(mp); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
