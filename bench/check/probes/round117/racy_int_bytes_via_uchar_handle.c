/* TRUTH: racy — the worker patches the low byte of the int `threshold` through an unsigned char * rebuilt from an integer handle, while main updates threshold */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static int threshold = 0x100;
static uintptr_t patch_addr;

static void *patcher(void *arg)
{
    (void)arg;
    unsigned char *b = (unsigned char *)patch_addr;
    usleep(2000);
    b[0] = 0x7f;
    return NULL;
}

int main(void)
{
    pthread_t a;
    patch_addr = (uintptr_t)&threshold;
    pthread_create(&a, NULL, patcher, NULL);
    threshold += 1;
    usleep(10000);
    printf("threshold %d\n", threshold);
    pthread_join(a, NULL);
    return 0;
}
