/* TRUTH: racy — every ptrs[i] holds &x; thread i is given &ptrs[i] and writes `**pp = i`, i.e. x; the writes are unordered. */
#include <pthread.h>
#define N 3
int x;
int *ptrs[N];
void *w(void *v) { int **pp = v; **pp = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        ptrs[i] = &x;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &ptrs[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return x;
}
