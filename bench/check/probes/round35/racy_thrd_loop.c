/* TRUTH: racy — the create loop hands (void *)(i / 2): workers 0 and 1 both write out[0], unordered. */
#include <threads.h>
#define N 3
int out[N];
int w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    thrd_t t[N];
    for (long i = 0; i < N; i++)
        thrd_create(&t[i], w, (void *)(i / 2));
    for (int i = 0; i < N; i++)
        thrd_join(t[i], 0);
    return out[2];
}
