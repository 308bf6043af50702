/* TRUTH: free. main writes its escaped local status only after joining the worker that reads it. */
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
    pthread_join(t, NULL);
    status = 2;
    printf("%d %d\n", status, observed);
    return 0;
}
