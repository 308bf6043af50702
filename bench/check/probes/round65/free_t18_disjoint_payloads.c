/* TRUTH: free — writer_a gets &arr[0], writer_b gets &arr[1]; each writes only its own element; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int arr[2];
static void writer_a(void *arg) { int *p = arg; *p = 1; }
static void writer_b(void *arg) { int *p = arg; *p = 2; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    free(c);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, writer_a, &arr[0]);
    launch(&t2, writer_b, &arr[1]);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return arr[0] + arr[1];
}
