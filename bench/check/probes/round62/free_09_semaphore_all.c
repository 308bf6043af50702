/* TRUTH: free — each instance writes out[id] then sem_post; main performs N sem_waits (count starts 0), so all N posts, hence all writes, happen before main reads out[] */
#include <pthread.h>
#include <semaphore.h>
#define N 4
static long out[N];
static sem_t s_done;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 40;
    sem_post(&s_done);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    sem_init(&s_done, 0, 0);
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    pthread_join(t[0], NULL);
    for (int k = 0; k < N; k++)
        sem_wait(&s_done);
    long s = 0;
    for (int k = 0; k < N; k++)
        s += out[k];
    for (int k = 1; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
