/* racy: semaphore starts at 1; thread a posts twice at its end (bug), so
   after a finishes the count can be 2 and b and c are both inside. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static void *a(void *x) { (void)x; sem_wait(&s); sem_post(&s); sem_post(&s); return 0; }
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, 1);
    pthread_t p, q, r;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, t, 0);
    pthread_create(&r, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    pthread_join(r, 0);
    return shared;
}
