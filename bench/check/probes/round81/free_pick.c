/* TRUTH: free — pick(0)=&ga, pick(1)=&gb, distinct */
#include <pthread.h>
int ga, gb;
static int *pick(long k) { return (k % 2 == 0) ? &ga : &gb; }
void *w(void *p) { *pick((long)p) = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return ga;
}
