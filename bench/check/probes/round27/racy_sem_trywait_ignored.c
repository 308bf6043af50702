/* TRUTH: racy. The worker uses sem_trywait on the binary semaphore and ignores its result (EAGAIN when another thread holds it), then enters the critical section and posts anyway: two workers can update 'count' together (and the extra post raises the count). */
#include <pthread.h>
#include <semaphore.h>

static sem_t lk;
static int count;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        sem_trywait(&lk);
        count++;
        sem_post(&lk);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&lk, 0, 1);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count;
}
