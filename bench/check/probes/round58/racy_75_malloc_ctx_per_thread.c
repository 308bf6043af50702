/* TRUTH: racy — each thread mallocs its own ctx with a mutex and locks c->m through lk(): excludes nothing; both threads do n++ concurrently. */
#include <pthread.h>
#include <stdlib.h>
struct ctx { pthread_mutex_t m; int uses; };
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) {
    (void)arg;
    struct ctx *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    pthread_mutex_init(&c->m, NULL);
    for (int i = 0; i < 20; i++) { lk(&c->m); n++; c->uses++; ul(&c->m); }
    free(c);
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
