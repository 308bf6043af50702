/* racy: a semaphore initialized to 2 is used as if it were a mutex; two
   threads can be inside the "critical section" at the same time. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, 2);
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
