/* TRUTH: racy — main calls peek() (which reads data) before sem_wait; that read races with the producer's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int snap;
sem_t s;
static void peek(void) { snap = data; }
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    peek();
    sem_wait(&s);
    printf("%d %d\n", snap, data);
    pthread_join(t, 0);
    return 0;
}
