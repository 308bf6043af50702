/* TRUTH: racy — getline() stores the buffer capacity into the global 'cap' while main reads it */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char *gline;
static size_t cap;

static void *reader(void *arg)
{
    (void)arg;
    usleep(2000);
    FILE *f = fopen("/proc/self/status", "r");
    if (f) {
        while (getline(&gline, &cap, f) > 0)
            ;
        fclose(f);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    size_t s = 0;
    for (int i = 0; i < 40; i++) {
        s += cap;
        usleep(250);
    }
    pthread_join(t, NULL);
    free(gline);
    printf("%zu\n", s);
    return 0;
}
