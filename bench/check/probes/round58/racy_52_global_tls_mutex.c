/* TRUTH: racy — gm is a __thread global: each thread locks its own copy (through lk/ul), so n++ in the two threads is unsynchronized. */
#include <pthread.h>
static int n;
static __thread pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { lk(&gm); n++; ul(&gm); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
