/* TRUTH: racy — two trampoline threads each run produce(); main waits once and reads data while the second produce() instance writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
struct job { void (*fn)(long); long arg; };
static void *tramp(void *p) {
    struct job *j = p;
    j->fn(j->arg);
    return 0;
}
static void produce(long a) {
    if (a)
        usleep(50000);
    data = (int)a;
    sem_post(&s);
}
int main(void) {
    pthread_t t0, t1;
    struct job j0 = { produce, 0 }, j1 = { produce, 1 };
    sem_init(&s, 0, 0);
    pthread_create(&t0, 0, tramp, &j0);
    pthread_create(&t1, 0, tramp, &j1);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t0, 0);
    pthread_join(t1, 0);
    return 0;
}
