/* free: the other thread only reads gt under m; main's if (gt) join always joins the
   worker before its x++. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_t gt;
static int x, seen;
static void *worker(void *a) { (void)a; x++; return 0; }
static void *looker(void *a) {
    (void)a;
    pthread_mutex_lock(&m);
    seen = gt != 0;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t c;
    pthread_mutex_lock(&m);
    pthread_create(&gt, 0, worker, 0);
    pthread_mutex_unlock(&m);
    pthread_create(&c, 0, looker, 0);
    pthread_join(c, 0);
    pthread_mutex_lock(&m);
    if (gt) pthread_join(gt, 0);
    pthread_mutex_unlock(&m);
    x++;
    return x + seen;
}
