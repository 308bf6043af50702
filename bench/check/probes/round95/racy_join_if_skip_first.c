/* racy: the join loop starts at 1, so worker 0 is never joined and its write to
   slot[0] races with main's read. */
#include <pthread.h>
#define N 4
static int slot[N];
static void *worker(void *a) { slot[(long)a] = 1; return 0; }
int main(void) {
    pthread_t tid[N] = {0};
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    for (int i = 1; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
    return slot[0];
}
