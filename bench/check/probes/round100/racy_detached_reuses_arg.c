/* TRUTH: racy — one request struct is reused for every detached thread; main overwrites it while threads read it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct request { int id; int size; };

static void *serve(void *arg)
{
    struct request *r = arg;
    printf("serving %d (%d bytes)\n", r->id, r->size);
    return NULL;
}

int main(void)
{
    static struct request req;
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        req.id = i;
        req.size = 512 * i;
        pthread_create(&t, NULL, serve, &req);
        pthread_detach(t);
    }
    sleep(1);
    return 0;
}
