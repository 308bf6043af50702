/* TRUTH: free — as the racy twin, but main writes *p = 1 only after pthread_join; gbuf is written before the create and only read by w. */
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
    pthread_join(t, 0);
    *p = 1;
    return *p;
}
