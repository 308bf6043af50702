/* TRUTH: free — main mallocs and initializes ONE mutex and passes it to both threads, which do n++ under lk(m). */
#include <pthread.h>
#include <stdlib.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { pthread_mutex_t *m = arg; for (int i = 0; i < 20; i++) { lk(m); n++; ul(m); } return NULL; }
int main(void) {
    pthread_mutex_t *m = malloc(sizeof *m);
    if (!m) return 1;
    pthread_mutex_init(m, NULL);
    pthread_t x, y;
    pthread_create(&x, NULL, w, m); pthread_create(&y, NULL, w, m);
    pthread_join(x, NULL); pthread_join(y, NULL);
    free(m);
    return n;
}
