/* racy: binary semaphore (init 1); main calls a setup helper that posts it
   once more before the threads start, so the count is 2. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void setup(void) { sem_post(&s); }
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, 1);
    setup();
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
