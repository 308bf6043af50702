/* TRUTH: racy — semaphore used as a mutex but initialised to 2, so both threads enter the critical section together */
#include <pthread.h>
#include <semaphore.h>
static sem_t s;
static int cs;
static void *w(void *a) {
    (void)a;
    sem_wait(&s);
    cs = cs + 1;
    sem_post(&s);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 2);
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, w, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return cs;
}
