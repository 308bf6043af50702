/* TRUTH: racy. Without --serial (argc == 1) the semaphore `slots` is initialized to 2 by
   setup_pool, so both workers can be between sem_wait and sem_post at once and run
   `in_use++` concurrently. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>

static sem_t slots;
static int in_use;

static void setup_pool(sem_t *s, unsigned n)
{
    sem_init(s, 0, n);
}

static void setup_serial(void)
{
    sem_init(&slots, 0, 1);
}

static void *worker(void *arg)
{
    (void)arg;
    sem_wait(&slots);
    in_use++;
    sem_post(&slots);
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t a, b;
    if (argc > 1 && strcmp(argv[1], "--serial") == 0)
        setup_serial();
    else
        setup_pool(&slots, 2);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", in_use);
    return 0;
}
