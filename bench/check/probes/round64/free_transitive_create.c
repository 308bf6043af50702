/* TRUTH: free — T1 writes x and posts s; T2 waits s, then creates T3, which writes x: the write in T3 follows T2's wait through pthread_create */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int x;
sem_t s;
static void *t3(void *a) { (void)a; x = x + 1; printf("%d\n", x); return 0; }
static void *t1(void *a) { (void)a; x = 1; sem_post(&s); return 0; }
static void *t2(void *a) {
    pthread_t c;
    (void)a;
    sem_wait(&s);
    pthread_create(&c, 0, t3, 0);
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 0);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
