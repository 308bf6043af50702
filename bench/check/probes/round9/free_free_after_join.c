/* TRUTH: free. main reads and frees the request only after joining the worker that wrote it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct request {
    int id;
    int status;
};

static void *handle(void *arg)
{
    struct request *req = arg;
    req->status = req->id * 2;
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct request *req = malloc(sizeof *req);
    if (!req)
        return 1;
    req->id = 4;
    req->status = 0;
    pthread_create(&t, NULL, handle, req);
    pthread_join(t, NULL);
    printf("%d\n", req->status);
    free(req);
    return 0;
}
