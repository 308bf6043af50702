/* racy: semaphore initial count comes from a variable that is 2; used as a
   mutex it admits two threads at once. */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int shared;
static unsigned slots = 2;
static void *t(void *x) { (void)x; sem_wait(&s); shared++; sem_post(&s); return 0; }
int main(void) {
    sem_init(&s, 0, slots);
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
