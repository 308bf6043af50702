/* TRUTH: racy — p's value is published as text with sprintf("%p") into gbuf before the create; w recovers it with sscanf("%p") (C11 7.21.6.2p12: compares equal) and writes `*q = 2`, while main writes `*p = 1` after the create. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
char gbuf[64];
void *w(void *a)
{
    void *v;
    sscanf(gbuf, "%p", &v);
    int *q = v;
    *q = 2;
    return 0;
}
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    sprintf(gbuf, "%p", (void *)p);
    pthread_create(&t, 0, w, 0);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
