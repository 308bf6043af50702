/* TRUTH: racy. The key's destructor runs in EACH exiting worker (both set a non-NULL value) and does `released++` on a plain global without a lock: the two workers can exit at the same time and their destructor runs' increments race. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t key;
static int released;

static void on_thread_exit(void *p)
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
    pthread_key_create(&key, on_thread_exit);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", released);
    return 0;
}
