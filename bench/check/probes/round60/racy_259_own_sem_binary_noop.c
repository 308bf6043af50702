/* TRUTH: racy — <semaphore.h> is NOT included; the program's own static sem_t / sem_init / sem_wait / sem_post do nothing, so the "binary semaphore" around shared++ protects nothing and the two threads' increments race. */
#include <pthread.h>
#include <stdio.h>
typedef struct { int v; } sem_t;
static int sem_init(sem_t *s, int pshared, unsigned v) { (void)pshared; s->v = (int)v; return 0; }
static int sem_wait(sem_t *s) { (void)s; return 0; }
static int sem_post(sem_t *s) { (void)s; return 0; }
static sem_t s;
static int shared;
static void *work(void *arg) {
    for (int i = 0; i < 10000; i++) { sem_wait(&s); shared++; sem_post(&s); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 1);
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
