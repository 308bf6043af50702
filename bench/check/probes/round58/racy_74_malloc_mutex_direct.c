/* TRUTH: racy — each thread mallocs and initializes its OWN mutex and locks it directly (no wrapper): excludes nothing; both threads do n++ concurrently. */
#include <pthread.h>
#include <stdlib.h>
static int n;
static void *w(void *arg) {
    (void)arg;
    pthread_mutex_t *m = malloc(sizeof *m);
    if (!m) return NULL;
    pthread_mutex_init(m, NULL);
    for (int i = 0; i < 20; i++) { pthread_mutex_lock(m); n++; pthread_mutex_unlock(m); }
    free(m);
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
