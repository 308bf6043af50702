/* TRUTH: free. Each thread gets its own element of a static args array built with designated initializers. */
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
    static struct targ args[4] = { [0] = { .id = 0, .scale = 3 }, [1] = { .id = 1, .scale = 3 },
                                   [2] = { .id = 2, .scale = 3 }, [3] = { .id = 3, .scale = 3 } };
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, work, &args[i]);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return (int)out[1];
}
