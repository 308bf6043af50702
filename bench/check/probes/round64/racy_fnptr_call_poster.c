/* TRUTH: racy — a second thread calls a helper that posts s (sem_post(&s) directly) through a function pointer; main wakes on that post and reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void notify(void) { sem_post(&s); }
struct ops { void (*done)(void); };
static struct ops the_ops = { notify };
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    struct ops *o = a;
    o->done();
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, noise, &the_ops);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
