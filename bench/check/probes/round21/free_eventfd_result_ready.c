/* TRUTH: race-free. compute() fills result then writes 1 to the eventfd; collector blocks in read() on the eventfd until the counter is nonzero, i.e. until after compute's write(), and only then reads/updates result; compute no longer touches result after its write(). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>

#define N 16

struct result {
    double values[N];
    double total;
    int valid;
};

static struct result result;
static int efd;

static void *compute(void *arg)
{
    uint64_t one = 1;
    double scale = *(double *)arg;

    for (int i = 0; i < N; i++)
        result.values[i] = scale * i;
    result.total = 0;
    for (int i = 0; i < N; i++)
        result.total += result.values[i];
    result.valid = 1;
    if (write(efd, &one, sizeof one) != sizeof one)
        abort();
    return NULL;
}

static void *collector(void *arg)
{
    uint64_t n;
    (void)arg;
    if (read(efd, &n, sizeof n) != sizeof n)
        abort();
    result.valid = 2;
    result.total /= N;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    static double scale = 0.5;

    efd = eventfd(0, 0);
    if (efd < 0) {
        perror("eventfd");
        exit(1);
    }
    pthread_create(&b, NULL, collector, NULL);
    pthread_create(&a, NULL, compute, &scale);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("mean %.2f valid %d\n", result.total, result.valid);
    close(efd);
    return 0;
}
