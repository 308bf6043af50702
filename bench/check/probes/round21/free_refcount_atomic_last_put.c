/* TRUTH: race-free. The shared blob's fields (name, size, data) are written only by main before the readers are created and afterwards only read; refs is only touched with __atomic builtins (acq_rel decrement); the thread whose decrement reaches zero frees the blob, and the acquire half of that decrement orders it after every other reader's last access. freed_by is written once by that single thread and read by main after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NREADERS 3

struct blob {
    int refs;
    size_t size;
    char name[16];
    unsigned char data[128];
};

static int freed_by = -1;

static void blob_put(struct blob *b, int who)
{
    if (__atomic_sub_fetch(&b->refs, 1, __ATOMIC_ACQ_REL) == 0) {
        memset(b, 0, sizeof *b);
        free(b);
        freed_by = who;
    }
}

struct reader_arg {
    struct blob *b;
    int id;
    unsigned sum;
};

static void *reader(void *p)
{
    struct reader_arg *ra = p;
    unsigned s = 0;
    for (size_t i = 0; i < ra->b->size; i++)
        s += ra->b->data[i] ^ (unsigned char)ra->b->name[i % 4];
    ra->sum = s;
    blob_put(ra->b, ra->id);
    return NULL;
}

int main(void)
{
    pthread_t t[NREADERS];
    struct reader_arg args[NREADERS];
    struct blob *b = malloc(sizeof *b);
    if (!b)
        return 1;
    b->refs = NREADERS;
    b->size = sizeof b->data;
    strcpy(b->name, "blob");
    for (size_t i = 0; i < b->size; i++)
        b->data[i] = (unsigned char)i;
    for (int i = 0; i < NREADERS; i++) {
        args[i].b = b;
        args[i].id = i;
        args[i].sum = 0;
        pthread_create(&t[i], NULL, reader, &args[i]);
    }
    for (int i = 0; i < NREADERS; i++)
        pthread_join(t[i], NULL);
    printf("freed by %d, sums %u %u %u\n", freed_by, args[0].sum, args[1].sum, args[2].sum);
    return 0;
}
