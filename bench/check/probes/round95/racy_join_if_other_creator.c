/* racy: a spawner thread creates the worker into gt under m; main may take m first,
   see gt == 0 and skip the join, so the worker's x++ races with main's. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_t gt;
static int x;
static void *worker(void *a) { (void)a; x++; return 0; }
static void *spawner(void *a) {
    (void)a;
    pthread_mutex_lock(&m);
    pthread_create(&gt, 0, worker, 0);
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t s;
    pthread_create(&s, 0, spawner, 0);
    pthread_mutex_lock(&m);
    if (gt) pthread_join(gt, 0);
    pthread_mutex_unlock(&m);
    x++;
    pthread_join(s, 0);
    return x;
}
