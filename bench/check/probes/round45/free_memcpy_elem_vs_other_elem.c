/* TRUTH: free — thread A memcpy's exactly one element into recs[0]; thread B writes recs[1].x */
#include <pthread.h>
#include <string.h>
struct R { int x, y; } recs[2];
void *wa(void *x){ struct R r = { 1, 2 }; memcpy(&recs[0], &r, sizeof recs[0]); return 0; }
void *wb(void *x){ recs[1].x = 3; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return recs[0].y + recs[1].x;
}
