/* TRUTH: racy — prod is started once directly and once through a function-pointer variable: two posting instances; main waits once and reads data while the other writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    if (a)
        usleep(50000);
    data = (int)(long)a;
    sem_post(&s);
    return 0;
}
void *(*routine)(void *) = prod;
int main(void) {
    pthread_t t0, t1;
    sem_init(&s, 0, 0);
    pthread_create(&t0, 0, prod, 0);
    pthread_create(&t1, 0, routine, (void *)1);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t0, 0);
    pthread_join(t1, 0);
    return 0;
}
