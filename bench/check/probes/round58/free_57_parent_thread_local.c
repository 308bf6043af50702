/* TRUTH: free — a single parent thread owns local mutex m and passes &m to its two children, which guard n with lk(arg); the parent joins them. Only one parent exists. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *child(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void *parent(void *arg) {
    (void)arg;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t c1, c2;
    pthread_create(&c1, NULL, child, &m); pthread_create(&c2, NULL, child, &m);
    pthread_join(c1, NULL); pthread_join(c2, NULL);
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return n;
}
