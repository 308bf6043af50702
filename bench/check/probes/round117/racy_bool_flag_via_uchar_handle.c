/* TRUTH: racy — the worker sets the _Bool `stop` through an unsigned char * rebuilt from an integer handle, while main reads and writes stop */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static _Bool stop;
static uintptr_t stop_addr;

static void *killer(void *arg)
{
    (void)arg;
    unsigned char *f = (unsigned char *)stop_addr;
    usleep(2000);
    *f = 1;
    return NULL;
}

int main(void)
{
    pthread_t a;
    stop_addr = (uintptr_t)&stop;
    pthread_create(&a, NULL, killer, NULL);
    stop = 0;
    usleep(10000);
    printf("stop %d\n", (int)stop);
    pthread_join(a, NULL);
    return 0;
}
