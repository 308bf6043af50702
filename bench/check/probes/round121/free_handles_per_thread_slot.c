/* TRUTH: free — each worker receives the integer handle of its own slot and writes only through the char * rebuilt from it; main reads the slots only after joining both */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char slots[2][32];

static void *worker(void *arg)
{
    uintptr_t h = (uintptr_t)arg;
    for (int i = 0; i < 200; i++) {
        char *buf = (char *)h;
        snprintf(buf, 32, "iter %d", i);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        uintptr_t h = (uintptr_t)slots[i];
        pthread_create(&t[i], NULL, worker, (void *)h);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%s / %s\n", slots[0], slots[1]);
    return 0;
}
