/* TRUTH: racy — `for (i = N - 1; i > 0; i--)` joins t[3], t[2], t[1] but never t[0]; thread 0's `out[0] = 1` races with main's read of out[0]. */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)(long)i);
    for (i = N - 1; i > 0; i--)
        pthread_join(t[i], 0);
    return out[0] + out[3];
}
