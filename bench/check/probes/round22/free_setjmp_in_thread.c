/* TRUTH: race-free. Each worker keeps its own jmp_buf (a local); it increments `attempts` under m, longjmps out of a helper back into its own frame, and releases m on the longjmp path too. Every access to attempts holds m. */
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int attempts;

static void fail(jmp_buf *env)
{
    longjmp(*env, 1);
}

static void *worker(void *arg)
{
    jmp_buf env;
    (void)arg;
    pthread_mutex_lock(&m);
    if (setjmp(env) == 0) {
        attempts++;
        fail(&env);
    } else {
        attempts += 10;
    }
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", attempts);
    return 0;
}
