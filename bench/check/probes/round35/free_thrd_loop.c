/* TRUTH: free — C11 threads: each worker writes out[id]; thrd_join over all N before main reads. */
#include <threads.h>
#define N 3
int out[N];
int w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    thrd_t t[N];
    for (long i = 0; i < N; i++)
        thrd_create(&t[i], w, (void *)i);
    for (int i = 0; i < N; i++)
        thrd_join(t[i], 0);
    return out[2];
}
