/* TRUTH: racy. The packet union overlays raw[0] with hdr.kind, so the reader's read of hdr.kind conflicts with the filler's write of raw[0]. */
#include <pthread.h>
#include <stdio.h>

union packet {
    unsigned char raw[8];
    struct {
        unsigned char kind;
        unsigned char len;
        unsigned char body[6];
    } hdr;
};

static union packet pkt;
static int kind_seen;

static void *filler(void *arg) { (void)arg; pkt.raw[0] = 3; return NULL; }
static void *reader(void *arg) { (void)arg; kind_seen = pkt.hdr.kind; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, filler, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", kind_seen);
    return 0;
}
