/* TRUTH: racy — the malloc'd p is handed to w as (void *)u with u = (uintptr_t)p; w writes *(int *)a while main writes *p = 1 after the create. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
void *w(void *a) { *(int *)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    uintptr_t u = (uintptr_t)p;
    pthread_create(&t, 0, w, (void *)u);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
