/* TRUTH: racy. Each worker gets its own args[i], but args[i].idx points at main's loop
   counter i, which main keeps incrementing while the worker reads *a->idx. */
#include <pthread.h>
#include <stdio.h>

#define NW 3

struct wargs {
    int *idx;
    int result;
};

static void *work(void *arg)
{
    struct wargs *a = arg;
    a->result = *a->idx * 2;
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    struct wargs args[NW];
    int i;
    for (i = 0; i < NW; i++) {
        args[i].idx = &i;
        pthread_create(&t[i], NULL, work, &args[i]);
    }
    for (int k = 0; k < NW; k++)
        pthread_join(t[k], NULL);
    printf("%d\n", args[0].result);
    return 0;
}
