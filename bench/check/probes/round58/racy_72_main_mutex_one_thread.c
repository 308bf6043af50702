/* TRUTH: racy — worker a locks main's local mutex (passed via arg), worker b locks a different global mutex g: n++ unsynchronized between them. */
#include <pthread.h>
static int n;
static pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *wa(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void *wb(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { lk(&g); n++; ul(&g); } return NULL; }
int main(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t x, y;
    pthread_create(&x, NULL, wa, &m); pthread_create(&y, NULL, wb, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
