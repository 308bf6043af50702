/* TRUTH: racy — each pass joins the previous pass's thread (handle u), so consecutive instances overlap */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t, u; pthread_create(&u,0,f,0);
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(u,0); u = t; }
  pthread_join(u,0); return x; }
