/* TRUTH: racy — the table address travels as "%p" text in the command line; the worker sscanf()s it back and memset()s the table main is filling */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int route_tbl[16];
static char cmdline[64];

static void *worker(void *arg)
{
    (void)arg;
    void *tbl = NULL;
    if (sscanf(cmdline, "flush %p", &tbl) != 1)
        return NULL;
    for (int i = 0; i < 60; i++) {
        memset(tbl, 0, 4 * sizeof(int));
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    snprintf(cmdline, sizeof cmdline, "flush %p", (void *)route_tbl);
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 60; i++) {
        route_tbl[1] = i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("r1=%d\n", route_tbl[1]);
    return 0;
}
