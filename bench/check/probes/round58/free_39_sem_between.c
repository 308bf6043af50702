/* TRUTH: free — t1 writes a[0..7] then posts s; t2 waits on s before writing a[0..7]: ordered by the semaphore. */
#include <pthread.h>
#include <semaphore.h>
static int a[8];
static sem_t s;
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; sem_post(&s); return NULL; }
static void *t2(void *p) { (void)p; sem_wait(&s); for (int i = 0; i < 8; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    sem_init(&s, 0, 0);
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
