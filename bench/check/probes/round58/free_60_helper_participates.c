/* TRUTH: free — run() (called once by main) passes its local mutex m to a worker and itself does lk(&m); n++; ul(&m): one mutex for both. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void run(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t x;
    pthread_create(&x, NULL, w, &m);
    for (int i = 0; i < 20; i++) { lk(&m); n++; ul(&m); }
    pthread_join(x, NULL);
}
int main(void) { run(); return n; }
