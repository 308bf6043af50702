/* TRUTH: free. The filler writes raw[7] (which overlays hdr.body[5]) and the reader reads hdr.kind (raw[0]); distinct bytes are distinct memory locations. */
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

static void *filler(void *arg) { (void)arg; pkt.raw[7] = 3; return NULL; }
static void *reader(void *arg) { (void)arg; kind_seen = pkt.hdr.kind; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, filler, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", kind_seen, pkt.hdr.body[5]);
    return 0;
}
