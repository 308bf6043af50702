/* TRUTH: racy. The pthread key destructor runs in each exiting worker and increments released without a lock, so the two workers' destructors race. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t key;
static int released;

static void dtor(void *p)
{
    free(p);
    released++;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_setspecific(key, malloc(16));
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_key_create(&key, dtor);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", released);
    return 0;
}
