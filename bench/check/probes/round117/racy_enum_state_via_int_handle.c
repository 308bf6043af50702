/* TRUTH: racy — the worker writes the enum `state` through an int * rebuilt from an integer handle, while main writes and reads state directly */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

enum link_state { LINK_DOWN, LINK_UP, LINK_ERR };
static enum link_state state;
static uintptr_t state_handle;      /* registered with the "driver" as a plain integer */

static void *driver(void *arg)
{
    (void)arg;
    int *reg = (int *)state_handle;
    usleep(2000);
    *reg = 2;                       /* LINK_ERR */
    return NULL;
}

int main(void)
{
    pthread_t a;
    state_handle = (uintptr_t)&state;
    pthread_create(&a, NULL, driver, NULL);
    state = LINK_UP;
    usleep(10000);
    printf("state %d\n", (int)state);
    pthread_join(a, NULL);
    return 0;
}
