/* free: the struct holding the handles is copied from, not to; every worker is joined
   through tid before main reads the slots. */
#include <pthread.h>
#define N 2
struct pool { pthread_t tid[N]; };
static int slot[N];
static void *worker(void *a) { slot[(long)a] = 1; return 0; }
int main(void) {
    struct pool p, copy;
    pthread_t *tid = p.tid;
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    copy = p;
    for (int i = 0; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
    return slot[0] + slot[1] + (copy.tid[0] != 0);
}
