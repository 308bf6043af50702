/* TRUTH: free — as the racy twin, but main writes *p = 1 before pthread_create; its read after pthread_join is ordered. */
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
    *p = 1;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    return *p;
}
