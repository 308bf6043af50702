/* racy: two distinct binary semaphores; each thread waits on a different one
   before writing the same variable. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s1, s2;
static int shared;
static void *a(void *x) { (void)x; sem_wait(&s1); shared++; sem_post(&s1); return 0; }
static void *b(void *x) { (void)x; sem_wait(&s2); shared++; sem_post(&s2); return 0; }
int main(void) {
    sem_init(&s1, 0, 1);
    sem_init(&s2, 0, 1);
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
