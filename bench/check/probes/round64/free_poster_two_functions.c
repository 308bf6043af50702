/* TRUTH: free — one thread runs fill() (writes data, posts) and then again_post() (posts); both posts come after the write; main waits twice and reads data */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void fill(void) { data = 42; sem_post(&s); }
static void again_post(void) { sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    fill();
    again_post();
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
