/* TRUTH: race-free. The two threads write different bytes of the union: hdr.tag is byte 0,
   halves[1] is bytes 2-3 (short, 2 bytes); no byte is shared, so no conflicting access. */
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

static void *set_tag(void *arg)
{
    (void)arg;
    pk.hdr.tag = 7;
    return NULL;
}

static void *set_len(void *arg)
{
    (void)arg;
    pk.halves[1] = 64;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_tag, NULL);
    pthread_create(&b, NULL, set_len, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", pk.hdr.tag, pk.hdr.len);
    return 0;
}
