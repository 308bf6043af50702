/* TRUTH: free — p starts at buf, thread A gets p covering [0,8), p += 8, thread B gets [8,16); disjoint */
#include <pthread.h>
int buf[16];
void *w(void *a){ int *p = a; for (int i = 0; i < 8; i++) p[i] = i; return 0; }
int main(void){
  pthread_t t1, t2;
  int *p = buf;
  pthread_create(&t1,0,w,p);
  p += 8;
  pthread_create(&t2,0,w,p);
  pthread_join(t1,0); pthread_join(t2,0);
  return buf[15];
}
