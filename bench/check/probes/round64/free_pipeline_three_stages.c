/* TRUTH: free — stage1 writes a and posts s1; stage2 waits s1, reads a, writes b, posts s2; stage3 waits s2 and reads b; every access pair is ordered by a post/wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int a, b;
sem_t s1, s2;
static void *stage1(void *p) { (void)p; a = 5; sem_post(&s1); return 0; }
static void *stage2(void *p) { (void)p; sem_wait(&s1); b = a * 3; sem_post(&s2); return 0; }
static void *stage3(void *p) { (void)p; sem_wait(&s2); printf("%d\n", b); return 0; }
int main(void) {
    pthread_t t1, t2, t3;
    sem_init(&s1, 0, 0);
    sem_init(&s2, 0, 0);
    pthread_create(&t3, 0, stage3, 0);
    pthread_create(&t2, 0, stage2, 0);
    pthread_create(&t1, 0, stage1, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    pthread_join(t3, 0);
    return 0;
}
