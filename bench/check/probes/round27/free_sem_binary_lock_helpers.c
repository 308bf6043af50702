/* TRUTH: race-free. A binary semaphore (sem_init to 1) used as a mutex through helper functions; every access to the shared ring state happens between sem_wait and sem_post. */
#include <pthread.h>
#include <semaphore.h>

#define NW 3

static sem_t ring_lock;
static int ring[8];
static int head;

static void ring_enter(void) { sem_wait(&ring_lock); }
static void ring_leave(void) { sem_post(&ring_lock); }

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 10; i++) {
        ring_enter();
        ring[head] = id;
        head = (head + 1) % 8;
        ring_leave();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    sem_init(&ring_lock, 0, 1);
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    sem_destroy(&ring_lock);
    return head;
}
