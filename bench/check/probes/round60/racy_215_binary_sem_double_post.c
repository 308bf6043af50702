/* TRUTH: racy — s starts at 1 and is used as a lock, but T0 posts twice after one wait, raising the count to 2; afterwards T1 and T2 can both be between sem_wait and sem_post at once, so their plain shared++ race. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s;
static int shared;
static void *t0(void *arg) {
    sem_wait(&s);
    shared++;
    sem_post(&s);
    sem_post(&s);
    return arg;
}
static void *tw(void *arg) {
    for (int i = 0; i < 10000; i++) { sem_wait(&s); shared++; sem_post(&s); }
    return arg;
}
int main(void) {
    pthread_t a, b, c;
    sem_init(&s, 0, 1);
    pthread_create(&a, NULL, t0, NULL);
    pthread_create(&b, NULL, tw, NULL);
    pthread_create(&c, NULL, tw, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d\n", shared);
    return 0;
}
