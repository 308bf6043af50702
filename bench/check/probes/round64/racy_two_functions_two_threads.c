/* TRUTH: racy — publish() (writes data then posts) and ping() (posts only) run in two different threads; main may wake on ping's post and read data while publish writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void publish(void) {
    usleep(50000);
    data = 1;
    sem_post(&s);
}
static void ping(void) { sem_post(&s); }
static void *t_pub(void *a) { (void)a; publish(); return 0; }
static void *t_ping(void *a) { (void)a; ping(); return 0; }
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    pthread_create(&t1, 0, t_pub, 0);
    pthread_create(&t2, 0, t_ping, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
