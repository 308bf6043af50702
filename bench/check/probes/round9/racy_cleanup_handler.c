/* TRUTH: racy. Each worker exits via pthread_exit, which runs the cleanup handler on_exit_count; the handlers of the two workers increment exits concurrently. */
#include <pthread.h>
#include <stdio.h>

static int exits;

static void on_exit_count(void *arg)
{
    (void)arg;
    exits++;
}

static void *worker(void *arg)
{
    pthread_cleanup_push(on_exit_count, arg);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", exits);
    return 0;
}
