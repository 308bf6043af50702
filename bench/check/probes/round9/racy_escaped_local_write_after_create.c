/* TRUTH: racy. main's local status escapes to the worker, and main writes it after create but before join while the worker reads it. */
#include <pthread.h>
#include <stdio.h>

static int observed;

static void *watch(void *arg)
{
    int *status = arg;
    observed = *status;
    return NULL;
}

int main(void)
{
    int status = 1;
    pthread_t t;
    pthread_create(&t, NULL, watch, &status);
    status = 2;
    pthread_join(t, NULL);
    printf("%d %d\n", status, observed);
    return 0;
}
