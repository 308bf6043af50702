/* TRUTH: racy — the waiter is cancelled inside sem_wait (a cancellation point); its cleanup handler reads data without the wait having returned, racing with the producer's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int seen;
sem_t s;
static void peek(void *p) { (void)p; seen = data; }
static void *waiter(void *a) {
    (void)a;
    pthread_cleanup_push(peek, 0);
    sem_wait(&s);
    seen = data + 1;
    pthread_cleanup_pop(0);
    return 0;
}
static void *prod(void *a) {
    (void)a;
    usleep(100000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t w, p;
    sem_init(&s, 0, 0);
    pthread_create(&w, 0, waiter, 0);
    pthread_create(&p, 0, prod, 0);
    usleep(20000);
    pthread_cancel(w);
    pthread_join(w, 0);
    pthread_join(p, 0);
    printf("%d\n", seen);
    return 0;
}
