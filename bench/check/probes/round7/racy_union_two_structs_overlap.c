/* TRUTH: racy. pkt.hdr.pad (offset 4) and pkt.body.crc (offset 4) are the same bytes; the two threads write them concurrently. */
#include <pthread.h>
#include <stdio.h>
struct hdr { int len; int pad; };
struct body { int pad; int crc; };
union packet { struct hdr hdr; struct body body; };
static union packet pkt;

static void *w_pad(void *p) { (void)p; pkt.hdr.pad = 0; return NULL; }
static void *w_crc(void *p) { (void)p; pkt.body.crc = 0x55; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w_pad, NULL);
    pthread_create(&b, NULL, w_crc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", pkt.body.crc);
    return 0;
}
