/* TRUTH: racy — main's u = (uintptr_t)&v is handed to the worker, which writes *(int*)a (line 6) while main writes v (line 15) */
#include <pthread.h>
#include <stdint.h>
static void *w(void *a)
{
    *(int *)a = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    int v = 0;
    uintptr_t u = (uintptr_t)&v;
    pthread_create(&th, 0, w, (void *)u);
    v = 2;
    pthread_join(th, 0);
    return v;
}
