/* TRUTH: racy. The reference count is a plain int decremented by both holders without synchronization. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct blob {
    int refs;
    int data;
};

static void *holder(void *arg)
{
    struct blob *b = arg;
    if (--b->refs == 0)
        printf("last %d\n", b->data);
    return NULL;
}

int main(void)
{
    struct blob *b = malloc(sizeof *b);
    if (!b)
        return 1;
    b->refs = 2;
    b->data = 7;
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, holder, b);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    free(b);
    return 0;
}
