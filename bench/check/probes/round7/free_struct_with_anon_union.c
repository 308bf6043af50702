/* TRUTH: free. dev.kind/dev.ival (under lock) and dev.count (written only by the counter thread) are distinct members; the anonymous union does not make count overlap kind. */
#include <pthread.h>
#include <stdio.h>
struct device {
    int kind;
    union { int ival; float fval; };
    int count;
};
static struct device dev;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *config(void *p)
{
    (void)p;
    pthread_mutex_lock(&m);
    dev.kind = 1;
    dev.ival = 5;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *counter(void *p)
{
    (void)p;
    for (int i = 0; i < 10; i++)
        dev.count++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, config, NULL);
    pthread_create(&b, NULL, counter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", dev.kind, dev.ival, dev.count);
    return 0;
}
