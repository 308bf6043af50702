/* TRUTH: racy — each thread mallocs and initializes its own mutex and locks it via lk: excludes nothing; both do n++. */
#include <pthread.h>
#include <stdlib.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) {
    (void)arg;
    pthread_mutex_t *m = malloc(sizeof *m);
    if (!m) return NULL;
    pthread_mutex_init(m, NULL);
    for (int i = 0; i < 20; i++) { lk(m); n++; ul(m); }
    free(m);
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
