/* TRUTH: racy — both threads get the same malloc'd int and increment it without synchronization */
#include <pthread.h>
#include <stdlib.h>
static void *work(void *arg)
{
    int *p = arg;
    (*p)++;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    int *p = calloc(1, sizeof(int));
    if (!p)
        return 1;
    pthread_create(&a, NULL, work, p);
    pthread_create(&b, NULL, work, p);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int r = *p;
    free(p);
    return r;
}
