/* TRUTH: race-free. io_mode is set to 1 by main before any thread starts and never written again, so both threads skip the branch that increments stats (only main, before creating them, writes io_mode); stats is only written by main after the joins. */
#include <pthread.h>
#include <stdio.h>

int io_mode;
int stats;

void *worker(void *arg)
{
    (void)arg;
    if (io_mode == 0)
        stats++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    io_mode = 1;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    stats = 0;
    printf("%d\n", stats);
    return 0;
}
