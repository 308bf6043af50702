/* TRUTH: free — the local p is given a new malloc'd object before the second create, so thread 1 writes the first object and thread 2 the second; different objects. */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    int *p = malloc(sizeof *p);
    pthread_create(&x, 0, w, p);
    p = malloc(sizeof *p);
    pthread_create(&y, 0, w, p);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
