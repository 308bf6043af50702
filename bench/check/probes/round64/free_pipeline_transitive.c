/* TRUTH: free — T1 writes a and posts s1; T2 waits s1 and posts s2 (touches nothing); T3 waits s2 and writes a: ordered through both hand-offs */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int a;
sem_t s1, s2;
static void *t1(void *p) { (void)p; a = 1; sem_post(&s1); return 0; }
static void *t2(void *p) { (void)p; sem_wait(&s1); sem_post(&s2); return 0; }
static void *t3(void *p) { (void)p; sem_wait(&s2); a = a + 1; printf("%d\n", a); return 0; }
int main(void) {
    pthread_t x, y, z;
    sem_init(&s1, 0, 0);
    sem_init(&s2, 0, 0);
    pthread_create(&z, 0, t3, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_create(&x, 0, t1, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    pthread_join(z, 0);
    return 0;
}
