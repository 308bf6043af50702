/* TRUTH: racy — every instance posts once after writing out[id], but main waits for only two posts (which two is unknown) and joins only t[0], so instance 3's write of out[3] may not precede main's read */
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
    sem_wait(&s_done);
    sem_wait(&s_done);
    long s = out[3];
    for (int k = 1; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
