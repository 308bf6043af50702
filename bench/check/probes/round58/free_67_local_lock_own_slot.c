/* TRUTH: free — each worker (id 0 or 1) uses a useless local mutex, but only touches its own slot cnt[id]. */
#include <pthread.h>
static int cnt[2];
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) {
    int id = *(int *)arg;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    for (int i = 0; i < 20; i++) { lk(&m); cnt[id]++; ul(&m); }
    return NULL;
}
int main(void) {
    static int ids[2] = {0, 1};
    pthread_t x, y;
    pthread_create(&x, NULL, w, &ids[0]); pthread_create(&y, NULL, w, &ids[1]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return cnt[0] + cnt[1];
}
