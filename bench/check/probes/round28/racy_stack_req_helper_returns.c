/* TRUTH: racy. submit() puts a request on its own stack, hands its address to a worker and
   joins it before returning -- but it writes req.status after pthread_create and before the
   join, while the worker writes req.status too. */
#include <pthread.h>
#include <stdio.h>

struct request {
    int op;
    int status;
};

static void *serve(void *arg)
{
    struct request *r = arg;
    r->status = r->op * 2;
    return NULL;
}

static int submit(int op)
{
    struct request req = {op, -1};
    pthread_t t;
    if (pthread_create(&t, NULL, serve, &req) != 0)
        return -1;
    req.status = 0;
    pthread_join(t, NULL);
    return req.status;
}

int main(void)
{
    printf("%d\n", submit(3));
    printf("%d\n", submit(4));
    return 0;
}
