/* TRUTH: free — one thread writes u.w[0] (bytes 0..3) through uint32_t *pw and the other writes u.b[12] through uint8_t *pb; the bytes never overlap; main reads after join */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union block {
    uint32_t w[4];
    uint8_t b[16];
};

static union block u;

static void *word_writer(void *arg)
{
    uint32_t *pw = arg;
    for (int i = 0; i < 200; i++) {
        *pw = (uint32_t)i;
        usleep(100);
    }
    return NULL;
}

static void *byte_writer(void *arg)
{
    uint8_t *pb = arg;
    for (int i = 0; i < 200; i++) {
        *pb = (uint8_t)(i ^ 0x5a);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, word_writer, &u.w[0]);
    pthread_create(&b, NULL, byte_writer, &u.b[12]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", (unsigned)u.w[0], (unsigned)u.b[12]);
    return 0;
}
