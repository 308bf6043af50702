/* TRUTH: racy — p's value is printed as hex into gbuf before the create; w parses it back with strtoull into q (same value, uintptr_t round trip) and writes `*q = 2` while main writes `*p = 1` after the create. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
char gbuf[32];
void *w(void *a)
{
    int *q = (int *)(uintptr_t)strtoull(gbuf, 0, 16);
    *q = 2;
    return 0;
}
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    snprintf(gbuf, sizeof gbuf, "%llx", (unsigned long long)(uintptr_t)p);
    pthread_create(&t, 0, w, 0);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
