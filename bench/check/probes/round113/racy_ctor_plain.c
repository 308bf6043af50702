/* TRUTH: racy — the constructor's worker runs alongside main: it reads g while main writes it, and both write x */
#include <pthread.h>
#include <stdio.h>

static int g, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 0)
        x++;
    return 0;
}

__attribute__((constructor)) static void start(void)
{
    pthread_create(&t, 0, worker, 0);
}

int main(void)
{
    g = 5;
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
