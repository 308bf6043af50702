/* TRUTH: free — the only concurrent thread writes `answer`; main reads it strictly after pthread_join. */
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
    pthread_join(t, NULL);
    printf("answer %d\n", answer);
    return 0;
}
