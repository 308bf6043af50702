/* TRUTH: racy — the global g's address goes through sprintf("%p"); w recovers it and writes `*(int *)v = 2`; main writes `g = 1` after the create. */
#include <pthread.h>
#include <stdio.h>
char gbuf[64];
int g;
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
    sprintf(gbuf, "%p", (void *)&g);
    pthread_create(&t, 0, w, 0);
    g = 1;
    pthread_join(t, 0);
    return g;
}
