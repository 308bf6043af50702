/* TRUTH: free — refcount is atomic (acq_rel); only the thread that drops it to zero frees; buffer is read-only while shared */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct blob {
    atomic_int refs;
    int len;
    int data[16];
};

static void blob_put(struct blob *b)
{
    if (atomic_fetch_sub_explicit(&b->refs, 1, memory_order_acq_rel) == 1)
        free(b);
}

static void *reader(void *arg)
{
    struct blob *b = arg;
    long s = 0;
    for (int i = 0; i < b->len; i++)
        s += b->data[i];
    printf("sum %ld\n", s);
    blob_put(b);
    return NULL;
}

int main(void)
{
    struct blob *b = malloc(sizeof *b);
    pthread_t t[3];
    if (!b)
        return 1;
    b->len = 16;
    for (int i = 0; i < 16; i++)
        b->data[i] = i;
    atomic_init(&b->refs, 4);
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, reader, b);
    blob_put(b);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
