/* TRUTH: race-free. s is a binary semaphore (initialised to 1); every counter access is between sem_wait and sem_post of the same thread. */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int counter;
static void *worker(void *arg) {
    (void)arg;
    sem_wait(&s);
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
