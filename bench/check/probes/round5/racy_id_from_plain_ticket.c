/* TRUTH: racy - id = next_id++ on a plain int: the threads race on next_id (and may even get the same id) */
#include <pthread.h>
#define N 4
static int next_id;
static int out[N + 1];
static void *worker(void *arg)
{
    (void)arg;
    int id = next_id++;
    if (id < N)
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
    return out[3];
}
