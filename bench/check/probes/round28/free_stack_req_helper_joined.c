/* TRUTH: race-free. submit() hands the address of its stack request to a worker and only
   reads it after joining; two calls run one after the other, each with its own request. */
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
    pthread_join(t, NULL);
    return req.status;
}

int main(void)
{
    printf("%d\n", submit(3));
    printf("%d\n", submit(4));
    return 0;
}
