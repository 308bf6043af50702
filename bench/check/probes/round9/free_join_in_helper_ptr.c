/* TRUTH: free. wait_for() joins the handle passed by pointer, so main's read of answer happens after the worker's write. */
#include <pthread.h>
#include <stdio.h>

static int answer;

static void *worker(void *arg) { (void)arg; answer = 42; return NULL; }

static void wait_for(pthread_t *t)
{
    pthread_join(*t, NULL);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    wait_for(&t);
    printf("%d\n", answer);
    return 0;
}
