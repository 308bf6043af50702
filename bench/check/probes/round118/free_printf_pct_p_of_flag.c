/* TRUTH: free — printf("%p") prints the address of 'stop'; it never reads the char itself, which the worker writes */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char stop;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        stop = (char)(i & 1);
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 10; i++) {
        printf("stop flag at %p\n", (void *)&stop);
        usleep(1000);
    }
    pthread_join(t, NULL);
    return 0;
}
