/* TRUTH: free — thread A writes a then posts sa; thread B writes b then posts sb; main waits sa and sb before reading a and b; each semaphore has exactly one poster */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int a, b;
sem_t sa, sb;
static void *ta(void *p) { (void)p; a = 1; sem_post(&sa); return 0; }
static void *tb(void *p) { (void)p; b = 2; sem_post(&sb); return 0; }
int main(void) {
    pthread_t x, y;
    sem_init(&sa, 0, 0);
    sem_init(&sb, 0, 0);
    pthread_create(&x, 0, ta, 0);
    pthread_create(&y, 0, tb, 0);
    sem_wait(&sa);
    sem_wait(&sb);
    a += b;
    printf("%d\n", a);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
