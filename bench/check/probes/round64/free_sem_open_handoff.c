/* TRUTH: free — hand-off through a named POSIX semaphore (sem_open): data written before the only post, written again by main only after the wait */
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t *ready;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(ready);
    return 0;
}
int main(void) {
    pthread_t t;
    char name[64];
    snprintf(name, sizeof name, "/weftprobe_%d", (int)getpid());
    ready = sem_open(name, O_CREAT | O_EXCL, 0600, 0);
    if (ready == SEM_FAILED)
        return 1;
    sem_unlink(name);
    pthread_create(&t, 0, prod, 0);
    sem_wait(ready);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    sem_close(ready);
    return 0;
}
