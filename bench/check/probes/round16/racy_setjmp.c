// racy: after longjmp back to the recovery point the worker resets errors without the lock held on the normal path.
#include <pthread.h>
#include <stdio.h>
#include <setjmp.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int errors;

static void check(jmp_buf env, int v)
{
    if (v < 0)
        longjmp(env, 1);
}

static void *worker(void *arg)
{
    jmp_buf env;
    if (!setjmp(env)) {
        pthread_mutex_lock(&m);
        errors++;
        pthread_mutex_unlock(&m);
        check(env, -1);
    } else {
        errors = 0;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
