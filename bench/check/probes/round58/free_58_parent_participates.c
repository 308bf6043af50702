/* TRUTH: free — the single parent thread passes its local mutex m to its child and itself does lk(&m); n++; ul(&m): parent and child use the same mutex. */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *child(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void *parent(void *arg) {
    (void)arg;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t c;
    pthread_create(&c, NULL, child, &m);
    for (int i = 0; i < 20; i++) { lk(&m); n++; ul(&m); }
    pthread_join(c, NULL);
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return n;
}
