/* TRUTH: free — each thread fills a heap result it allocated and returns it; main reads it only through pthread_join's value */
#include <pthread.h>
#include <stdlib.h>

struct res {
    int id;
    int sq;
};

void *worker(void *arg)
{
    struct res *r = malloc(sizeof *r);
    if (!r)
        return 0;
    r->id = (int)(long)arg;
    r->sq = r->id * r->id;
    return r;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    int s = 0;
    for (int i = 0; i < 3; i++) {
        void *p;
        pthread_join(t[i], &p);
        struct res *r = p;
        if (r) {
            s += r->sq;
            free(r);
        }
    }
    return s == 5 ? 0 : 1;
}
