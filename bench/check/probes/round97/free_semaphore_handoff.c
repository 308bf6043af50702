/* FREE: main fills a buffer then sem_post; worker sem_waits before reading it and
   writes the result, which main reads after join. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static char buf[64];
static int len;
static sem_t filled;
static void *worker(void *a) {
    (void)a;
    sem_wait(&filled);
    int n = 0;
    while (buf[n]) n++;
    len = n;
    return NULL;
}
int main(void) {
    pthread_t t;
    sem_init(&filled, 0, 0);
    pthread_create(&t, NULL, worker, NULL);
    snprintf(buf, sizeof buf, "hello %d", 42);
    sem_post(&filled);
    pthread_join(t, NULL);
    printf("%d\n", len);
    sem_destroy(&filled);
    return 0;
}
