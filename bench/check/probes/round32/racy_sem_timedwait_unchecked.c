/* TRUTH: racy. sem_timedwait with an already expired deadline may time out; the result is ignored, so two threads can do counter++ at once. */
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
sem_t s;
int counter;
static void *worker(void *arg) {
    (void)arg;
    struct timespec ts = {0, 0};
    sem_timedwait(&s, &ts);
    counter++;
    sem_post(&s);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 1);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
