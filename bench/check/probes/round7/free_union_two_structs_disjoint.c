/* TRUTH: free. pkt.hdr.len (offset 0) and pkt.body.crc (offset 4) are different scalar objects of the union's two struct members, so the two writers touch distinct memory. */
#include <pthread.h>
#include <stdio.h>
struct hdr { int len; int pad; };
struct body { int pad; int crc; };
union packet { struct hdr hdr; struct body body; };
static union packet pkt;

static void *w_len(void *p) { (void)p; pkt.hdr.len = 64; return NULL; }
static void *w_crc(void *p) { (void)p; pkt.body.crc = 0x55; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w_len, NULL);
    pthread_create(&b, NULL, w_crc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", pkt.hdr.len, pkt.body.crc);
    return 0;
}
