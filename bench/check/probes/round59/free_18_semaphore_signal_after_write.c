/* TRUTH: free — the thread writes shared_buf then sem_post(&done); main does sem_wait(&done) before reading shared_buf, so write happens-before read. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>

static sem_t done;
static char shared_buf[32];

static void *filler(void *p)
{
    (void)p;
    strcpy(shared_buf, "filled by thread");
    sem_post(&done);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sem_init(&done, 0, 0);
    pthread_create(&t, NULL, filler, NULL);
    sem_wait(&done);
    printf("%s\n", shared_buf);
    pthread_join(t, NULL);
    sem_destroy(&done);
    return 0;
}
