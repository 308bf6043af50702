/* TRUTH: racy — T1 calls sem_trywait on the binary semaphore but ignores its result; when it fails (T2 holds it) T1 still does shared++ concurrently with T2's shared++ (and its sem_post raises the count). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s;
static int shared;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) { sem_trywait(&s); shared++; sem_post(&s); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) { sem_wait(&s); shared++; sem_post(&s); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 1);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
