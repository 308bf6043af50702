/* TRUTH: racy — one thread writes u.i, the other u.f; both members occupy the same bytes */
#include <pthread.h>
#include <unistd.h>

union num {
    int i;
    float f;
};

union num u;

void *as_int(void *arg)
{
    (void)arg;
    for (int k = 0; k < 20; k++) {
        u.i = k;
        usleep(1000);
    }
    return 0;
}

void *as_float(void *arg)
{
    (void)arg;
    for (int k = 0; k < 20; k++) {
        u.f = (float)k * 0.5f;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, as_int, 0);
    pthread_create(&b, 0, as_float, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
