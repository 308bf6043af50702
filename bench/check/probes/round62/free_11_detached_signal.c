/* TRUTH: free — instances 2,3 are detached and each posts sem once after writing out[id] (instances 0,1 do not post); main's two sem_waits consume exactly those posts before reading out[2], out[3]; t[0], t[1] joined */
#include <pthread.h>
#include <semaphore.h>
#define N 4
static long out[N];
static sem_t fin;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 3;
    if (id >= N / 2)
        sem_post(&fin);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    sem_init(&fin, 0, 0);
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = N / 2; k < N; k++)
        pthread_detach(t[k]);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    sem_wait(&fin);
    sem_wait(&fin);
    long s = out[2] + out[3];
    return (int)(s & 1);
}
