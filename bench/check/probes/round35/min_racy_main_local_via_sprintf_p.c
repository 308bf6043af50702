/* TRUTH: racy — main's local x's address goes through sprintf("%p") into gbuf before the create; w recovers it with sscanf and writes `*q = 2` while main writes `x = 1` after the create. */
#include <pthread.h>
#include <stdio.h>
char gbuf[64];
void *w(void *a)
{
    void *v;
    sscanf(gbuf, "%p", &v);
    *(int *)v = 2;
    return 0;
}
int main(void)
{
    pthread_t t;
    int x = 0;
    sprintf(gbuf, "%p", (void *)&x);
    pthread_create(&t, 0, w, 0);
    x = 1;
    pthread_join(t, 0);
    return x;
}
