/* TRUTH: free — parent creates child and joins it before reading res (line 7); child's write res=5 (line 4) happens-before via join; main reads after joining parent. */
#include <pthread.h>
int res; int copy;
void *child(void *a) { res = 5; return 0; }
void *parent(void *a) { pthread_t c;
  pthread_create(&c, 0, child, 0); pthread_join(c, 0);
  copy = res; return 0; }
int main(void) { pthread_t p; pthread_create(&p, 0, parent, 0); pthread_join(p, 0); return copy + res; }
