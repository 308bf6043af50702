/* TRUTH: racy — the producer posts and then sleeps in a cancellation point; a third thread cancels it, which runs its pushed cleanup handler writing data while main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
pthread_t prod_tid;
static void touch_cb(void *p) { (void)p; data = 2; }
static void *prod(void *a) {
    (void)a;
    pthread_cleanup_push(touch_cb, 0);
    data = 1;
    sem_post(&s);
    sleep(5);
    pthread_cleanup_pop(0);
    return 0;
}
static void *killer(void *a) {
    (void)a;
    usleep(50000);
    pthread_cancel(prod_tid);
    return 0;
}
int main(void) {
    pthread_t k;
    sem_init(&s, 0, 0);
    pthread_create(&prod_tid, 0, prod, 0);
    pthread_create(&k, 0, killer, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(prod_tid, 0);
    pthread_join(k, 0);
    return 0;
}
