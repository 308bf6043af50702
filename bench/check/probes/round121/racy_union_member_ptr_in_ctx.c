/* TRUTH: racy — the context keeps float *f = &val.f and the setter writes through it, while the reader reads the aliasing val.i concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

union value {
    int i;
    float f;
};

struct ctx {
    const char *name;
    float *f;
};

static union value val;

static void *setter(void *arg)
{
    struct ctx *c = arg;
    for (int i = 0; i < 200; i++) {
        *c->f = (float)i * 0.5f;
        usleep(100);
    }
    return NULL;
}

static void *reader(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += val.i & 0xff;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    static struct ctx c = { "gain", 0 };
    c.f = &val.f;
    pthread_t a, b;
    pthread_create(&a, NULL, setter, &c);
    pthread_create(&b, NULL, reader, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
