/* TRUTH: racy — two threads draw 0 and 1 with atomic_fetch_add and write slot[id / 2]: both write slot[0], unordered. */
#include <pthread.h>
#include <stdatomic.h>
#define N 2
atomic_int next;
int slot[N];
void *w(void *p) { int id = atomic_fetch_add(&next, 1); slot[id / 2] = id; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return slot[0];
}
