/* TRUTH: racy — producer rewrites data after its first post (loop); main's wait can be satisfied by the first post, then main reads data while the producer writes it again */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    for (int i = 0; i < 3; i++) {
        data = i;
        sem_post(&s);
        usleep(20000);
    }
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
