/* TRUTH: racy — f is also started by another thread g, overlapping main's sequential loop */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
void *g(void *a){ pthread_t u; pthread_create(&u,0,f,0); pthread_join(u,0); return 0; }
int main(void){ pthread_t t, h; pthread_create(&h,0,g,0);
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(t,0);} pthread_join(h,0); return 0; }
