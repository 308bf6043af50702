/* TRUTH: free — `for (i = N; i-- > 0;)` joins t[N-1] .. t[0], every created thread, before main reads out[]. */
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
    for (i = N; i-- > 0;)
        pthread_join(t[i], 0);
    return out[0] + out[3];
}
