/* free: producer writes data then sem_post; consumer sem_wait then reads.
   Semaphore initial value 0. */
#include <pthread.h>
#include <semaphore.h>
static sem_t full;
static int data;
static void *prod(void *x) { (void)x; data = 11; sem_post(&full); return 0; }
static void *cons(void *x) { (void)x; sem_wait(&full); return (void *)(long)data; }
int main(void) {
    sem_init(&full, 0, 0);
    pthread_t p, q;
    pthread_create(&p, 0, prod, 0);
    pthread_create(&q, 0, cons, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
