/* TRUTH: racy — data is written by a child the poster starts and never joins; the poster's post does not order the child's write, so main's read after its wait races with it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *child(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    return 0;
}
static void *prod(void *a) {
    pthread_t c;
    (void)a;
    pthread_create(&c, 0, child, 0);
    pthread_detach(c);
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    usleep(100000);
    return 0;
}
