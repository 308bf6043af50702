/* TRUTH: race-free. count and errors are only accessed with m held: check() may longjmp back
   to worker's setjmp while m is still held, and both setjmp branches unlock m afterwards. */
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int count, errors;

static void check(jmp_buf *env)
{
    if (count > 100)
        longjmp(*env, 1);
}

static void *worker(void *arg)
{
    jmp_buf env;
    (void)arg;
    pthread_mutex_lock(&m);
    if (!setjmp(env)) {
        count++;
        check(&env);
        pthread_mutex_unlock(&m);
    } else {
        errors++;
        pthread_mutex_unlock(&m);
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
    printf("%d %d\n", count, errors);
    return 0;
}
