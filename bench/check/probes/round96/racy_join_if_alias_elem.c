/* racy: h = &t is an alias and *h = 0 clears the handle, so the if (t) join never runs
   and the worker's write to v races with main's read. */
#include <pthread.h>
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_t *h = &t;
    *h = 0;
    if (t) pthread_join(t, 0);
    return v;
}
