/* TRUTH: racy — the malloc'd object p escapes as an integer into the global gaddr before the create; w writes `*(int *)gaddr = 2` while main writes `*p = 1` after the create and before the join. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
uintptr_t gaddr;
void *w(void *a) { *(int *)gaddr = 2; return 0; }
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    gaddr = (uintptr_t)p;
    pthread_create(&t, 0, w, 0);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
