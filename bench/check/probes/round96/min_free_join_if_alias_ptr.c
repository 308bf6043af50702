/* free: h aliases tid but is only read; the if (tid[0]) join joins the worker before
   main reads v. */
#include <pthread.h>
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
int main(void) {
    pthread_t tid[1];
    pthread_create(&tid[0], 0, worker, 0);
    pthread_t *h = tid;
    int nz = h[0] != 0;
    if (tid[0]) pthread_join(tid[0], 0);
    return v + nz;
}
