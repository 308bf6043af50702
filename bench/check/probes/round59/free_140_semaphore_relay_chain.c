/* TRUTH: free — thread i waits on relay[i], updates token, then posts relay[i+1]; main posts relay[0] and waits on relay[NT] before reading token; the post→wait chain orders all accesses to token. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define NT 4
static sem_t relay[NT + 1];
static int token;

static void *runner(void *a)
{
    int i = (int)(long)a;
    sem_wait(&relay[i]);
    token = token * 2 + i;
    sem_post(&relay[i + 1]);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i <= NT; i++)
        sem_init(&relay[i], 0, 0);
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, runner, (void *)i);
    token = 1;
    sem_post(&relay[0]);
    sem_wait(&relay[NT]);
    printf("%d\n", token);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    return 0;
}
