/* TRUTH: racy — only ts[0] and ts[1] are joined; worker 2's `out[2] = 1` races with main's read of out[2]. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
int out[N];
void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t *ts = malloc(N * sizeof *ts);
    for (long i = 0; i < N; i++)
        pthread_create(&ts[i], 0, w, (void *)i);
    for (int i = 0; i < N - 1; i++)
        pthread_join(ts[i], 0);
    return out[2];
}
