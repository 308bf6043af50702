/* TRUTH: racy — a function placed in .init_array (a constructor without the attribute) starts the worker before main; both write x unlocked */
#include <pthread.h>
#include <stdio.h>

static int x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    x++;
    return 0;
}

static void start(void)
{
    pthread_create(&t, 0, worker, 0);
}
__attribute__((used, section(".init_array"))) static void (*const start_ptr)(void) = start;

int main(void)
{
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
