/* TRUTH: free — u = (uintptr_t)&v stays in the worker; *(int*)u and v++ (lines 9-10) touch the worker's own v; two workers never share */
#include <pthread.h>
#include <stdint.h>
static void *w(void *a)
{
    int v = 0;
    uintptr_t u = (uintptr_t)&v;
    (void)a;
    *(int *)u = 1;
    v++;
    return (void *)(long)v;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
