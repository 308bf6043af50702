/* TRUTH: racy — bump() has a local mutex, a new one per call; both threads call bump() so n++ is protected by nothing. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void bump(void) { pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; lk(&m); n++; ul(&m); }
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) bump(); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
