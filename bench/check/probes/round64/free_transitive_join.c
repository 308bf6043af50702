/* TRUTH: free — T1 writes x and posts s; T2 waits s and exits; main joins T2 before writing x: T1's write -> post -> T2's wait -> T2 ends -> join -> main's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int x;
sem_t s;
static void *t1(void *a) { (void)a; x = 1; sem_post(&s); return 0; }
static void *t2(void *a) { (void)a; sem_wait(&s); return 0; }
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 0);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(b, 0);
    x = 2;
    printf("%d\n", x);
    pthread_join(a, 0);
    return 0;
}
