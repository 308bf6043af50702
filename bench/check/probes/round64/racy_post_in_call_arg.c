/* TRUTH: racy — set_data(sem_post(&s)) posts while evaluating the argument, then set_data writes data; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void set_data(int v) {
    usleep(50000);
    data = v + 1;
}
static void *prod(void *a) {
    (void)a;
    set_data(sem_post(&s));
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
