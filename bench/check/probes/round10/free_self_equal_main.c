/* free: a helper writes `main_only` only when called from the main thread
   (pthread_equal with the saved main id, stored before any thread starts). */
#include <pthread.h>
static pthread_t main_tid;
static int main_only, worker_count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void note(void) {
    if (pthread_equal(pthread_self(), main_tid)) main_only++;
    else { pthread_mutex_lock(&m); worker_count++; pthread_mutex_unlock(&m); }
}
static void *t(void *a) { (void)a; note(); return 0; }
int main(void) {
    main_tid = pthread_self();
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    note();
    pthread_join(p, 0);
    pthread_join(q, 0);
    return main_only + worker_count;
}
