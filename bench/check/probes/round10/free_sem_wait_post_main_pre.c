/* free: binary semaphore (init 1); main does a balanced wait/post pair before
   creating threads, so the count stays 1. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, 1);
    sem_wait(&s);
    shared = 5;
    sem_post(&s);
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
