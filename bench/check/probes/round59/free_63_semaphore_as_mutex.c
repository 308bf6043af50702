/* TRUTH: free — binary semaphore bin (initial value 1) used as a mutex: every access to ledger[] and nrec is between sem_wait(&bin) and sem_post(&bin); main reads after joins. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t bin;
static int ledger[32];
static int nrec;

static void *recorder(void *a)
{
    int tag = (int)(long)a;
    for (int i = 0; i < 10; i++) {
        sem_wait(&bin);
        if (nrec < 32)
            ledger[nrec++] = tag;
        sem_post(&bin);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    sem_init(&bin, 0, 1);
    pthread_create(&a, NULL, recorder, (void *)1L);
    pthread_create(&b, NULL, recorder, (void *)2L);
    pthread_create(&c, NULL, recorder, (void *)3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    sem_destroy(&bin);
    printf("%d\n", nrec);
    return 0;
}
