/* TRUTH: free — the producer calls fill() then publish() (which posts); main writes data only after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void fill(void) { data = 42; }
static void publish(void) { sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    fill();
    publish();
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
