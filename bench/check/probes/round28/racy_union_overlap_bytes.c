/* TRUTH: racy. set_flags writes pk.hdr.flags (byte 1) and set_half writes pk.halves[0]
   (bytes 0-1): byte 1 is written by both threads with no ordering. */
#include <pthread.h>
#include <stdio.h>

union packet {
    struct {
        unsigned char tag;
        unsigned char flags;
        short len;
    } hdr;
    short halves[2];
};

static union packet pk;

static void *set_flags(void *arg)
{
    (void)arg;
    pk.hdr.flags = 3;
    return NULL;
}

static void *set_half(void *arg)
{
    (void)arg;
    pk.halves[0] = 0x0101;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_flags, NULL);
    pthread_create(&b, NULL, set_half, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", pk.hdr.flags);
    return 0;
}
