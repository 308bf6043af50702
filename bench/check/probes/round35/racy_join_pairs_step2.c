/* TRUTH: racy — the join loop runs only for i = 0 (i < N - 2), joining t[0], t[1]; workers 2 and 3 are never joined, and worker 3's `out[3] = 1` races with main's read of out[3]. */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < N - 2; i += 2) {
        pthread_join(t[i], 0);
        pthread_join(t[i + 1], 0);
    }
    return out[0] + out[3];
}
