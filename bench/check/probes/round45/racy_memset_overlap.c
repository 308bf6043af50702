/* TRUTH: racy — thread 1 memsets buf[0..9], thread 2 writes buf[5]; overlapping, unordered */
#include <pthread.h>
#include <string.h>
char buf[16];
void *w1(void *x){ memset(buf, 0, 10); return 0; }
void *w2(void *x){ char *p = buf + 5; *p = 'x'; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return buf[5];
}
