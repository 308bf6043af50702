/* TRUTH: racy — if the second pthread_create fails or argc > 2, main takes the early-exit path, reading `progress` without joining the first worker, which writes progress; main vs worker on that path. */
#include <pthread.h>
#include <stdio.h>

static int progress;

static void *work(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        progress = i;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t a, b;
    if (pthread_create(&a, NULL, work, NULL) != 0)
        return 1;
    if (argc > 2 || pthread_create(&b, NULL, work, NULL) != 0) {
        fprintf(stderr, "aborting at %d\n", progress);
        return 1;
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", progress);
    return 0;
}
