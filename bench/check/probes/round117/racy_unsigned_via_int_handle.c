/* TRUTH: racy — the worker bumps the unsigned `credits` through an int * rebuilt from an integer handle (signed variant of its type) while main bumps credits */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static unsigned credits = 10;
static uintptr_t credits_addr;

static void *spender(void *arg)
{
    (void)arg;
    int *c = (int *)credits_addr;
    usleep(2000);
    (*c)--;
    return NULL;
}

int main(void)
{
    pthread_t a;
    credits_addr = (uintptr_t)&credits;
    pthread_create(&a, NULL, spender, NULL);
    credits++;
    usleep(10000);
    printf("credits %u\n", credits);
    pthread_join(a, NULL);
    return 0;
}
