/* exit() called from a non-main thread while main is blocked. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *quitter(void *arg)
{
    (void)arg;
    usleep(10000);
    printf("bye\n");
    exit(5);
}

int main(void)
{
    pthread_t t;

    pthread_create(&t, NULL, quitter, NULL);
    pthread_join(t, NULL);
    return 0;
}
