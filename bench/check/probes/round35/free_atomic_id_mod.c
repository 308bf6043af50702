/* TRUTH: free — two threads draw distinct ids 0 and 1 from atomic_fetch_add; slot[id % 2] are slot[0] and slot[1]; distinct. */
#include <pthread.h>
#include <stdatomic.h>
#define N 2
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
