/* racy: thread 1 writes hdr.len through a `struct hdr *`; thread 2 writes the
   same bytes through a cast to `struct pkt *` (common initial member). */
#include <pthread.h>
struct hdr { int len; };
struct pkt { int len; int data[4]; };
static struct pkt packet;
static void *t1(void *x) { (void)x; struct hdr *h = (struct hdr *)&packet; h->len = 10; return 0; }
static void *t2(void *x) { (void)x; packet.len = 20; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t1, 0);
    pthread_create(&q, 0, t2, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return packet.len;
}
