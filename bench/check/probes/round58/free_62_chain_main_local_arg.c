/* TRUTH: free — main's local mutex is passed via arg, then through a chain lk -> lk2 -> pthread_mutex_lock; both workers use the same mutex around n++. */
#include <pthread.h>
static int n;
static void lk2(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void lk(pthread_mutex_t *m) { lk2(m); }
static void ul2(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void ul(pthread_mutex_t *m) { ul2(m); }
static void *w(void *arg) { pthread_mutex_t *mp = arg; for (int i = 0; i < 20; i++) { lk(mp); n++; ul(mp); } return NULL; }
int main(void) {
    pthread_mutex_t m;
    pthread_mutex_init(&m, NULL);
    pthread_t x, y;
    pthread_create(&x, NULL, w, &m); pthread_create(&y, NULL, w, &m);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
