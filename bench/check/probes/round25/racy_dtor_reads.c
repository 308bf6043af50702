/* TRUTH: racy. The destructor fini() runs when main returns (exit), while spinner, never joined, may still be incrementing ticks: fini's read of ticks races with spinner's ticks++. */
#include <pthread.h>
#include <stdio.h>

long ticks;

void *spinner(void *arg)
{
    (void)arg;
    for (long i = 0; i < 100000000L; i++)
        ticks++;
    return NULL;
}

__attribute__((destructor)) static void fini(void)
{
    printf("ticks %ld\n", ticks);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, spinner, NULL);
    pthread_detach(t);
    return 0;
}
