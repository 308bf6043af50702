/* racy: put(&lp, &w) makes lp = &w; main copies lp into gp under m; the worker writes *gp
   under m while main writes w with no lock. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int *gp;
static void put(int **slot, int *v) { *slot = v; }
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&m); if (gp) (*gp)++; pthread_mutex_unlock(&m); }
    return 0;
}
int main(void) {
    pthread_t t;
    int w = 0, *lp = 0;
    pthread_create(&t, 0, worker, 0);
    put(&lp, &w);
    pthread_mutex_lock(&m);
    gp = lp;
    pthread_mutex_unlock(&m);
    w = 5;
    pthread_join(t, 0);
    return w;
}
