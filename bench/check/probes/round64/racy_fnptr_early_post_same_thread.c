/* TRUTH: racy — the producer first posts through an ops-table callback (notify -> sem_post(&s)), then writes data and posts again; main's wait consumes the early post and reads data during the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void notify(void) { sem_post(&s); }
struct ops { void (*started)(void); };
static struct ops the_ops = { notify };
static void *prod(void *a) {
    struct ops *o = a;
    o->started();
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, &the_ops);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
