/* TRUTH: racy — with no arguments main waits on t (posted by a thread that writes nothing), not on s; it then reads data while the producer writes it before posting s */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s, t;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    sem_post(&t);
    return 0;
}
int main(int argc, char **argv) {
    pthread_t t1, t2;
    (void)argv;
    sem_init(&s, 0, 0);
    sem_init(&t, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, noise, 0);
    sem_t *p = argc > 5 ? &s : &t;
    sem_wait(p);
    printf("%d\n", data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
