/* TRUTH: free — the producer runs once through a trampoline thread; it writes data before its only post; main updates data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
struct job { void (*fn)(void); };
static void *tramp(void *p) {
    struct job *j = p;
    j->fn();
    return 0;
}
static void produce(void) {
    data = 42;
    sem_post(&s);
}
int main(void) {
    pthread_t t;
    struct job j = { produce };
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, tramp, &j);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
