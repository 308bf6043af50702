/* TRUTH: free — lk -> lk2 -> lk3 -> pthread_mutex_lock on the one global mutex g; both threads do n++ under it. */
#include <pthread.h>
static int n;
static pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;
static void lk3(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void lk2(pthread_mutex_t *m) { lk3(m); }
static void lk(pthread_mutex_t *m) { lk2(m); }
static void ul2(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void ul(pthread_mutex_t *m) { ul2(m); }
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { lk(&g); n++; ul(&g); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
