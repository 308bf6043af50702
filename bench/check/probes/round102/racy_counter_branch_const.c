/* TRUTH: racy — mode is set by a branch on the argument (0 here), so the exit is not taken and both threads write hits unlocked */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void *worker(void *arg)
{
    int mode;
    if (arg != NULL)
        mode = 1;
    else
        mode = 0;
    if (mode)
        pthread_exit(NULL);
    hits++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
