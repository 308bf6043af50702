/* TRUTH: racy. The semaphore is initialised to 2, so both threads can be inside the "critical section" at once. */
#include <pthread.h>
#include <semaphore.h>

static sem_t slots;
static long total;

static void *adder(void *arg)
{
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        sem_wait(&slots);
        total += i;
        sem_post(&slots);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&slots, 0, 2);
    pthread_create(&a, NULL, adder, (void *)100L);
    pthread_create(&b, NULL, adder, (void *)200L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    sem_destroy(&slots);
    return total == 0;
}
