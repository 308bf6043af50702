/* TRUTH: free — each thread takes its own local mutex lm (useless) AND the global g (through the same wrapper) around n++: g excludes. */
#include <pthread.h>
static int n;
static pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) {
    (void)arg;
    pthread_mutex_t lm = PTHREAD_MUTEX_INITIALIZER;
    for (int i = 0; i < 20; i++) { lk(&lm); lk(&g); n++; ul(&g); ul(&lm); }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
