/* TRUTH: racy — the driver writes 'status' through a 'volatile unsigned *' made from an integer handle while main reads status; volatile is no synchronisation */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static unsigned status;
static uintptr_t reg_handle;

static void *driver(void *arg)
{
    (void)arg;
    volatile unsigned *reg = (volatile unsigned *)reg_handle;
    for (int i = 0; i < 40; i++) {
        *reg = (unsigned)i;
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    reg_handle = (uintptr_t)&status;
    pthread_create(&t, NULL, driver, NULL);
    unsigned s = 0;
    for (int i = 0; i < 40; i++) {
        s += status;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%u\n", s);
    return 0;
}
