/* TRUTH: racy — main prints `answer` before pthread_join while the worker writes answer; main vs worker. */
#include <pthread.h>
#include <stdio.h>

static int answer;

static void *worker(void *arg)
{
    int n = *(int *)arg;
    answer = n * n;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    int n = argc + 6;
    pthread_create(&t, NULL, worker, &n);
    printf("partial answer %d\n", answer);
    pthread_join(t, NULL);
    return 0;
}
