/* TRUTH: racy — the pointer join loop stops before t[N-1]; worker 2's `out[2] = 1` races with main's `out[2] = 0` after the loop. */
#include <pthread.h>
#define N 3
int out[N];
void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (pthread_t *p = t; p < t + N - 1; p++)
        pthread_join(*p, 0);
    out[0] = out[1] = out[2] = 0;
    return 0;
}
