/* TRUTH: racy — the worker flips the sign byte of the double 'gain' through an unsigned char* handle while main reads gain */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static double gain = 1.25;
static uintptr_t patch_handle;

static void *patcher(void *arg)
{
    (void)arg;
    unsigned char *bytes = (unsigned char *)patch_handle;
    for (int i = 0; i < 40; i++) {
        bytes[sizeof(double) - 1] ^= 0x80;   /* toggle the sign bit (little endian) */
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    patch_handle = (uintptr_t)&gain;
    pthread_create(&t, NULL, patcher, NULL);
    double acc = 0;
    for (int i = 0; i < 40; i++) {
        acc += gain;
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%f\n", acc);
    return 0;
}
