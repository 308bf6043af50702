// race-free: the dispatcher joins its helper before returning, and main joins the dispatcher before reading done.
#include <pthread.h>
#include <stdio.h>

static int done;

static void *helper(void *arg)
{
    done = 1;
    return NULL;
}

static void *dispatcher(void *arg)
{
    pthread_t h;
    pthread_create(&h, NULL, helper, NULL);
    pthread_join(h, NULL);
    return NULL;
}

int main(void)
{
    pthread_t d;
    pthread_create(&d, NULL, dispatcher, NULL);
    pthread_join(d, NULL);
    printf("%d\n", done);
    return 0;
}
