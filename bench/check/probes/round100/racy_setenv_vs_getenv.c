/* TRUTH: racy — one thread setenv()s while another getenv()s; the environment array is modified under the reader */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *setter(void *arg)
{
    char val[16];
    (void)arg;
    for (int i = 0; i < 100; i++) {
        snprintf(val, sizeof val, "%d", i);
        setenv("WORKER_STATE", val, 1);
    }
    return NULL;
}

static void *getter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        const char *v = getenv("WORKER_STATE");
        if (v && i == 99)
            printf("state %s\n", v);
    }
    return NULL;
}

int main(void)
{
    pthread_t s, g;
    pthread_create(&s, NULL, setter, NULL);
    pthread_create(&g, NULL, getter, NULL);
    pthread_join(s, NULL);
    pthread_join(g, NULL);
    return 0;
}
