/* free: h = &t is only read through; the if (t) join joins the worker before main
   reads v. */
#include <pthread.h>
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_t *h = &t;
    int nz = *h != 0;
    if (t) pthread_join(t, 0);
    return v + nz;
}
