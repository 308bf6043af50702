/* TRUTH: race-free - each thread gets a unique id from atomic_fetch_add and writes only out[id]; main reads after joins */
#include <pthread.h>
#include <stdatomic.h>
#define N 4
static atomic_int next_id;
static int out[N];
static void *worker(void *arg)
{
    (void)arg;
    int id = atomic_fetch_add(&next_id, 1);
    out[id] = id * id;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[3] == 9 ? 0 : 1;
}
