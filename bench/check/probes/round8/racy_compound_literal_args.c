/* TRUTH: racy. Each thread gets the address of a block-scope compound literal that is re-created (same storage) on the next loop iteration while the earlier thread may still read it. */
#include <pthread.h>

struct targ { int id; int scale; };
static long out[4];

static void *work(void *p)
{
    const struct targ *a = p;
    out[a->id & 3] = (long)a->id * a->scale;
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, work, &(struct targ){ .id = i, .scale = 3 });
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return (int)out[1];
}
