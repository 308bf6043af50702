/* TRUTH: free — the worker's counted loop (i < n, n = 1) does one sem_wait, which only returns after main's sem_post, which follows main's write of box; the worker reads box after the loop */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int box;
static void *worker(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++)
        sem_wait(&s);
    return (void *)(long)box;
}
int main(void)
{
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, NULL, worker, (void *)1L);
    box = 3;
    sem_post(&s);
    pthread_join(t, NULL);
    return 0;
}
