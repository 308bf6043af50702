/* TRUTH: racy — thread A writes pk->raw[0], thread B writes pk->hdr.len; both are the first bytes of the union */
#include <pthread.h>
union Pkt { unsigned char raw[8]; struct { unsigned short len; unsigned short type; } hdr; };
union Pkt pkt;
void *wa(void *a){ union Pkt *pk = a; pk->raw[0] = 1; return 0; }
void *wb(void *a){ union Pkt *pk = a; pk->hdr.len = 300; return 0; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,wa,&pkt); pthread_create(&t2,0,wb,&pkt);
  pthread_join(t1,0); pthread_join(t2,0);
  return pkt.raw[0];
}
