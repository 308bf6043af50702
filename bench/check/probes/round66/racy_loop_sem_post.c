/* TRUTH: racy — main starts four workers without joining them in the loop, posting s once per worker; all four write g at once */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
static sem_t s;
int g;
static void *worker(void *arg)
{
    (void)arg;
    sem_wait(&s);
    g++;
    usleep(1000);
    return NULL;
}
int main(void)
{
    sem_init(&s, 0, 0);
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
        sem_post(&s);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("done\n");
    return 0;
}
