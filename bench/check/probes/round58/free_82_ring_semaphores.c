/* TRUTH: free — single-producer/single-consumer ring of 4 with semaphores empty(4)/full(0): each slot write is ordered before its read (full) and each read before the slot's next write (empty). */
#include <pthread.h>
#include <semaphore.h>
#define Q 4
static int ring[Q];
static long sum;
static sem_t empty, full;
static void *prod(void *arg) { (void)arg; for (int i = 0; i < 100; i++) { sem_wait(&empty); ring[i % Q] = i; sem_post(&full); } return NULL; }
static void *cons(void *arg) { (void)arg; for (int i = 0; i < 100; i++) { sem_wait(&full); sum += ring[i % Q]; sem_post(&empty); } return NULL; }
int main(void) {
    sem_init(&empty, 0, Q); sem_init(&full, 0, 0);
    pthread_t x, y;
    pthread_create(&x, NULL, prod, NULL); pthread_create(&y, NULL, cons, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return sum != 4950;
}
