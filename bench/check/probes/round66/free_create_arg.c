/* TRUTH: free — pthread_create does not touch what its argument points at; 'shared' is guarded by m */
#include <pthread.h>
#include <stdio.h>
struct S { pthread_mutex_t m; int x; };
static struct S shared = {PTHREAD_MUTEX_INITIALIZER, 0};
static void *fn(void *arg)
{
    struct S *s = arg;
    pthread_mutex_lock(&s->m);
    s->x++;
    pthread_mutex_unlock(&s->m);
    return NULL;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, fn, &shared);
    pthread_create(&t2, NULL, fn, &shared);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", shared.x);
    return 0;
}
