/* TRUTH: racy — three threads draw ids 0,1,2 with atomic_fetch_add but index slot[id % 2]: the threads drawing 0 and 2 both write slot[0], unordered. */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next;
int slot[2];
void *w(void *p) { int id = atomic_fetch_add(&next, 1); slot[id % 2] = id; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return slot[0];
}
