/* TRUTH: racy. The "lock" semaphore is initialized to 1 and main posts it once more at startup ("warm-up" bug), so its count is 2: two workers can be between sem_wait and sem_post at once and both update 'head'. */
#include <pthread.h>
#include <semaphore.h>

#define NW 3

static sem_t ring_lock;
static int head;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        sem_wait(&ring_lock);
        head = (head + 1) % 8;
        sem_post(&ring_lock);
    }
    return NULL;
}

static void warm_up(void)
{
    sem_post(&ring_lock); /* bug */
}

int main(void)
{
    pthread_t t[NW];
    sem_init(&ring_lock, 0, 1);
    warm_up();
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    return head;
}
