/* TRUTH: race-free. The handle is created and joined through the same local pointer tp (= &t, never changed); main writes 'status' only after the join. */
#include <pthread.h>
#include <stdio.h>

static int status;

static void *task(void *arg)
{
    (void)arg;
    status = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_t *tp = &t;
    if (pthread_create(tp, NULL, task, NULL) != 0)
        return 1;
    pthread_join(*tp, NULL);
    status = 2;
    printf("%d\n", status);
    return 0;
}
