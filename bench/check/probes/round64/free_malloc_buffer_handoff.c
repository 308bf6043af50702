/* TRUTH: free — the producer allocates and fills a buffer, publishes the pointer, then posts; main reads pointer and contents after its wait and frees them */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
int *buf;
sem_t s;
static void *prod(void *a) {
    (void)a;
    int *b = malloc(4 * sizeof *b);
    for (int i = 0; i < 4; i++)
        b[i] = i * i;
    buf = b;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    int sum = 0;
    for (int i = 0; i < 4; i++)
        sum += buf[i];
    free(buf);
    buf = 0;
    printf("%d\n", sum);
    pthread_join(t, 0);
    return 0;
}
