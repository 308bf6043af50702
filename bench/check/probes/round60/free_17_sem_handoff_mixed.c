/* TRUTH: free — T1 does __atomic_fetch_add on x then sem_post; T2 sem_waits and then writes x plainly; sem_post/sem_wait synchronizes, so the atomic RMW happens-before the plain write. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s;
static int x;
static void *t1(void *arg) {
    __atomic_fetch_add(&x, 3, __ATOMIC_RELAXED);
    sem_post(&s);
    return arg;
}
static void *t2(void *arg) {
    sem_wait(&s);
    x = x * 10;
    return arg;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 0);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
