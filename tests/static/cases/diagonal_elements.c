// Each thread writes the element of a matrix its own id picks twice (m[id][id]): the
// flattened element id * (N + 1) is one per thread, so no two threads meet there. Before,
// an inner index that was not a constant (the thread's id again) left the element unknown.
// Main's write of m[1][1] while the threads run meets thread 1's.
#include <pthread.h>

#define N 3
int d[N][N], m[N][N];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    d[id][id] = id; // NORACE: one element per thread
    m[id][id] = id; // RACE: main writes m[1][1] while thread 1 runs
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    m[1][1] = 7; // RACE
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return d[0][0] + m[0][0]; // NORACE: after the joins
}
