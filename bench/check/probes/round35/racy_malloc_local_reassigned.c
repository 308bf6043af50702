/* TRUTH: racy — p is not reassigned between the creates, so both threads write the same malloc'd object through *(int *)a, unordered. */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    int *p = malloc(sizeof *p);
    pthread_create(&x, 0, w, p);
    pthread_create(&y, 0, w, p);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
