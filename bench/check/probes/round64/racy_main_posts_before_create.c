/* TRUTH: racy — main posts s once before starting threads; the consumer's wait consumes that post and it reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *cons(void *a) {
    (void)a;
    sem_wait(&s);
    printf("%d\n", data);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    sem_post(&s);
    pthread_create(&t2, 0, cons, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
