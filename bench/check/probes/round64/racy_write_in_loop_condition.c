/* TRUTH: racy — the loop condition writes data; from the second test on that write comes after a post; main reads data after one wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    int i = 0;
    (void)a;
    while ((data = i) < 3) {
        sem_post(&s);
        usleep(20000);
        i++;
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
