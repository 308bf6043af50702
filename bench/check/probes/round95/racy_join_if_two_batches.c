/* racy: two batches are created into the same tid[] array; only the second batch is
   joined (if (tid[i]) join), so batch one's slot writes race with main's reads. */
#include <pthread.h>
#define N 3
static int slot[N];
static void *worker(void *a) { slot[(long)a] += 1; return 0; }
int main(void) {
    pthread_t tid[N] = {0}, old[N];
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++) old[i] = tid[i];
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
    (void)old;
    int s = 0;
    for (int i = 0; i < N; i++) s += slot[i];
    return s;
}
