/* TRUTH: racy — empty starts at Q+1, so the producer can write ring[0] a second time (item 4) without waiting for the consumer's read of item 0 in ring[0]: write/read unsynchronized. */
#include <pthread.h>
#include <semaphore.h>
#define Q 4
static int ring[Q];
static long sum;
static sem_t empty, full;
static void *prod(void *arg) { (void)arg; for (int i = 0; i < 100; i++) { sem_wait(&empty); ring[i % Q] = i; sem_post(&full); } return NULL; }
static void *cons(void *arg) { (void)arg; for (int i = 0; i < 100; i++) { sem_wait(&full); sum += ring[i % Q]; sem_post(&empty); } return NULL; }
int main(void) {
    sem_init(&empty, 0, Q + 1); sem_init(&full, 0, 0);
    pthread_t x, y;
    pthread_create(&x, NULL, prod, NULL); pthread_create(&y, NULL, cons, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return (int)sum;
}
