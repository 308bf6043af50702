/* TRUTH: racy — memset returns p; that value is the thread argument; w writes `*(int *)a = 2` while main writes `*p = 1` after the create. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
void *w(void *a) { *(int *)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    void *q = memset(p, 0, sizeof *p);
    pthread_create(&t, 0, w, q);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
