/* TRUTH: racy — middle joins the worker only when its argument is non-NULL, and it is created with NULL; so middle's plain v = v + 1 runs concurrently with the worker's __atomic_exchange_n on v. */
#include <pthread.h>
#include <stdio.h>
static int v;
static void *worker(void *arg) {
    __atomic_exchange_n(&v, 9, __ATOMIC_ACQ_REL);
    return arg;
}
static void *middle(void *arg) {
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    if (arg)
        pthread_join(w, NULL);
    v = v + 1;
    if (!arg)
        pthread_join(w, NULL);
    return NULL;
}
int main(void) {
    pthread_t m;
    pthread_create(&m, NULL, middle, NULL);
    pthread_join(m, NULL);
    printf("%d\n", v);
    return 0;
}
