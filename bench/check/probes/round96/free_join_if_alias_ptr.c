/* free: h aliases tid but is only read; every created worker is joined before main
   reads the slots. */
#include <pthread.h>
#define N 2
static int slot[N];
static void *worker(void *a) { slot[(long)a] = 1; return 0; }
int main(void) {
    pthread_t tid[N];
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    pthread_t *h = tid;
    int any = h[0] != 0;
    for (int i = 0; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
    return slot[0] + slot[1] + any;
}
