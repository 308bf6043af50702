/* TRUTH: racy — parent creates child but reads res (line 7) without joining it; child writes res=5 (line 4) concurrently. */
#include <pthread.h>
int res; int copy;
void *child(void *a) { res = 5; return 0; }
void *parent(void *a) { pthread_t c;
  pthread_create(&c, 0, child, 0);
  copy = res; pthread_join(c, 0); return 0; }
int main(void) { pthread_t p; pthread_create(&p, 0, parent, 0); pthread_join(p, 0); return copy; }
