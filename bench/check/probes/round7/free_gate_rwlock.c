/* TRUTH: free. main holds the gate rwlock in write mode while writing config; readers take the gate in read mode (after main's unlock) before reading config. */
#include <pthread.h>
#include <stdio.h>
struct config { int threshold; int scale; };
static struct config cfg;
static pthread_rwlock_t gate = PTHREAD_RWLOCK_INITIALIZER;
static int out[2];

static void *reader(void *arg)
{
    int *dst = arg;
    pthread_rwlock_rdlock(&gate);
    pthread_rwlock_unlock(&gate);
    *dst = cfg.threshold * cfg.scale;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_rwlock_wrlock(&gate);
    pthread_create(&a, NULL, reader, &out[0]);
    pthread_create(&b, NULL, reader, &out[1]);
    cfg.threshold = 10;
    cfg.scale = 3;
    pthread_rwlock_unlock(&gate);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
