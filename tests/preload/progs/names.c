/* Threads with names (pthread_setname_np, prctl) and known start routines. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

void *named_by_pthread(void *arg)
{
    (void)arg;
    pthread_setname_np(pthread_self(), "alpha");
    usleep(2000);
    return NULL;
}

void *named_by_prctl(void *arg)
{
    (void)arg;
    prctl(PR_SET_NAME, "beta", 0, 0, 0);
    usleep(2000);
    pthread_exit(NULL);
}

int main(void)
{
    pthread_t a, b;

    pthread_create(&a, NULL, named_by_pthread, NULL);
    pthread_create(&b, NULL, named_by_prctl, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("named\n");
    return 0;
}
