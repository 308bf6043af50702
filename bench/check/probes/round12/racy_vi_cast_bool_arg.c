// racy: the thread is handed (_Bool)i by value: threads 1 and 2 both get 1 and write out[1].
#include <pthread.h>
#include <stdint.h>
#define N 3
static int out[N];
static void *worker(void *arg)
{
    out[(intptr_t)arg] += 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(intptr_t)(_Bool)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[1];
}
