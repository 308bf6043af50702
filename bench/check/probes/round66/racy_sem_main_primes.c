/* TRUTH: racy — main posts s once before starting the worker, so main's wait in 'reader' may pass before the worker's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
static sem_t s;
static int x;
static void *worker(void *arg) { (void)arg; usleep(2000); x = 1; sem_post(&s); return NULL; }
static void *reader(void *arg) { (void)arg; sem_wait(&s); printf("%d\n", x); return NULL; }
int main(void)
{
    sem_init(&s, 0, 0);
    sem_post(&s);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
