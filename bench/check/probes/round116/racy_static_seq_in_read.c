/* TRUTH: racy — the read handler keeps a function-static sequence counter outside the device lock, shared by every reader */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct rng_dev {
    pthread_mutex_t lock;
    unsigned pool;
};

static struct rng_dev rng = { PTHREAD_MUTEX_INITIALIZER, 12345u };

static long rng_read(struct rng_dev *r, unsigned *out, long n) {
    static unsigned long read_seq;      /* debug: number of read() calls */
    read_seq++;
    pthread_mutex_lock(&r->lock);
    for (long i = 0; i < n; i++) {
        r->pool = r->pool * 1103515245u + 12345u;
        out[i] = r->pool >> 16;
    }
    pthread_mutex_unlock(&r->lock);
    return n + (long)(read_seq & 0);
}

static void *reader(void *a) {
    unsigned buf[4];
    for (int i = 0; i < 20; i++) { rng_read(a, buf, 4); usleep(20); }
    return NULL;
}

int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, reader, &rng);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%u\n", rng.pool);
    return 0;
}
