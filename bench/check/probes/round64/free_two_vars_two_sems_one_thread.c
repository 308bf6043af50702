/* TRUTH: free — one producer writes a, posts sa, writes b, posts sb; main waits sa before touching a and sb before touching b */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int a, b;
sem_t sa, sb;
static void *prod(void *p) {
    (void)p;
    a = 1;
    sem_post(&sa);
    b = 2;
    sem_post(&sb);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&sa, 0, 0);
    sem_init(&sb, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&sa);
    a++;
    sem_wait(&sb);
    b++;
    printf("%d %d\n", a, b);
    pthread_join(t, 0);
    return 0;
}
