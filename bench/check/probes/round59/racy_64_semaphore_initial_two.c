/* TRUTH: racy — the "mutex" semaphore is initialised to 2, so both threads can be between sem_wait and sem_post at once and both write queue_len concurrently. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t gate;
static int queue_len;

static void *enqueue(void *a)
{
    (void)a;
    for (int i = 0; i < 100; i++) {
        sem_wait(&gate);
        queue_len++;
        sem_post(&gate);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&gate, 0, 2);
    pthread_create(&a, NULL, enqueue, NULL);
    pthread_create(&b, NULL, enqueue, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", queue_len);
    return 0;
}
