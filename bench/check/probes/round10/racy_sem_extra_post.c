/* racy: the semaphore is initialized to 1 but main posts it once more before
   creating the threads, so its count is 2 and both threads can enter the
   "critical section" together. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, 1);
    sem_post(&s);
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
