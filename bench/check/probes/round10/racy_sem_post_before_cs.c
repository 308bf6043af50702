/* racy: binary semaphore, but one thread posts (extra) without waiting, so the
   count can reach 2 and the second waiter enters while the first is inside. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
static void *rogue(void *x) { (void)x; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, 1);
    pthread_t p, q, r;
    pthread_create(&r, 0, rogue, 0);
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    pthread_join(r, 0);
    return shared;
}
