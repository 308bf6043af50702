/* TRUTH: racy. the logger posts the binary semaphore twice after one wait, raising it to 2, so later two writers can be inside the section at once. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t mutex;
static int lines;

static void *logger(void *arg)
{
    (void)arg;
    sem_wait(&mutex);
    lines++;
    sem_post(&mutex);
    sem_post(&mutex);
    return NULL;
}

static void *writer(void *arg)
{
    (void)arg;
    sem_wait(&mutex);
    lines += 2;
    sem_post(&mutex);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    sem_init(&mutex, 0, 1);
    pthread_create(&a, NULL, logger, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_create(&c, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d\n", lines);
    return 0;
}
