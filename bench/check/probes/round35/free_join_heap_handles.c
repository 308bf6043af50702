/* TRUTH: free — handles live in a malloc'd array; all N are joined before main reads out[]. Each worker writes its own out[id]. */
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
    for (int i = 0; i < N; i++)
        pthread_join(ts[i], 0);
    return out[2];
}
